package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code import_batches}, column for column; {@code finishedAt} is null while running
 * and {@code failureReason} unless the batch failed as a whole; the access columns are null until
 * the batch's access step ran. Public only because Jdbi's constructor mapper cannot reach a
 * package-private constructor; it is not part of this module's API.
 */
public record ImportBatchRow(
    String id,
    String providerId,
    String hostId,
    String packName,
    String packVersion,
    String providerName,
    String mode,
    String fingerprints,
    String status,
    String startedAt,
    String finishedAt,
    String leaseOwner,
    String leaseExpiresAt,
    String failureReason,
    String accessStatus,
    String accessFailureClass,
    String accessDetail) {}
