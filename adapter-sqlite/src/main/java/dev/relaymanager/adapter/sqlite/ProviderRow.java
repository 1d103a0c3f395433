package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code providers}, column for column. Public only because Jdbi's constructor mapper
 * cannot reach a package-private constructor; it is not part of this module's API.
 */
public record ProviderRow(
    String id,
    String hostId,
    String packName,
    String packVersion,
    String providerName,
    String createdAt,
    String updatedAt) {}
