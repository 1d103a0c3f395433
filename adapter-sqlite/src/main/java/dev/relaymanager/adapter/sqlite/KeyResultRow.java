package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code batch_results}: the result of one key, {@code tested} or {@code not_created};
 * columns that the kind or the test outcome lacks are null. Public only because Jdbi's constructor
 * mapper cannot reach a package-private constructor; it is not part of this module's API.
 */
public record KeyResultRow(
    String batchId,
    int position,
    String fingerprint,
    String kind,
    Long accountId,
    String origin,
    String outcome,
    String testedModel,
    String failureClass,
    Integer upstreamStatus,
    String hostMessage,
    long elapsedMs) {}
