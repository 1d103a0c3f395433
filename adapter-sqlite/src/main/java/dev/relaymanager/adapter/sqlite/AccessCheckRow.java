package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code access_closures}, column for column: the last check of one mode of a provider;
 * {@code failureClass}, {@code hostCode} and {@code detail} are null unless it failed. Public only
 * because Jdbi's constructor mapper cannot reach a package-private constructor; it is not part of
 * this module's API.
 */
public record AccessCheckRow(
    String providerId,
    String mode,
    String checkedAt,
    int modelsStatus,
    boolean smokeModelListed,
    int modelPolls,
    int chatStatus,
    String finishReason,
    int usageStatus,
    String hostCodes,
    long latencyNanos,
    String verdict,
    String failureClass,
    String hostCode,
    String detail) {}
