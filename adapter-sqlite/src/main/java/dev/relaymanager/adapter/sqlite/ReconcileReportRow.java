package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code reconcile_reports}, column for column ({@code providerId} null for a host
 * scope). Public only because Jdbi's constructor mapper cannot reach a package-private constructor;
 * it is not part of this module's API.
 */
public record ReconcileReportRow(
    String id,
    String scope,
    String hostId,
    String providerId,
    String checkedAt,
    String result,
    String findings) {}
