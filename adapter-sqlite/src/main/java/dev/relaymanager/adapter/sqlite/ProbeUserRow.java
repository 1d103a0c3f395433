package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code probe_users}, column for column. Public only because Jdbi's constructor mapper
 * cannot reach a package-private constructor; it is not part of this module's API.
 */
public record ProbeUserRow(String hostId, String email, String passwordRef, String updatedAt) {}
