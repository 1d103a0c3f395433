package dev.relaymanager.acceptance.simhost.state;

/**
 * An issued login token.
 *
 * @param userId the user it authenticates
 * @param expiresAtMillis epoch millis after which it is expired
 * @param refresh true for a refresh token
 */
public record Session(long userId, long expiresAtMillis, boolean refresh) {}
