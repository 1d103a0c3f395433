package dev.relaymanager.adapter.sub2api.wire;

/**
 * A user's subscription as the admin API returns it (contract §9.2); extra fields are ignored.
 *
 * @param status {@code active}, {@code expired}, {@code suspended} or, on newer hosts, {@code
 *     revoked}
 */
public record AdminSubscription(
    long id,
    long userId,
    long groupId,
    String startsAt,
    String expiresAt,
    String status,
    String notes) {}
