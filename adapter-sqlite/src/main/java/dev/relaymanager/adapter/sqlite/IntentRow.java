package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code batch_intents}; {@code fingerprint}, {@code hostObjectId}, {@code message} and
 * {@code completedAt} are null when the intent has none. Public only because Jdbi's constructor
 * mapper cannot reach a package-private constructor; it is not part of this module's API.
 */
public record IntentRow(
    String batchId,
    int intentId,
    String kind,
    String target,
    String fingerprint,
    String state,
    String origin,
    Long hostObjectId,
    String message,
    String recordedAt,
    String completedAt) {}
