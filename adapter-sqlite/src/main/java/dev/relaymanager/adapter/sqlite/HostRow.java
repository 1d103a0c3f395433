package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code hosts}, column for column; the {@code probe*} fields are null until probed.
 * Public only because Jdbi's constructor mapper cannot reach a package-private constructor; it is
 * not part of this module's API.
 */
public record HostRow(
    String id,
    String name,
    String baseUrl,
    String authMethod,
    String adminEmail,
    String secretRef,
    String prefix,
    String createdAt,
    String updatedAt,
    String probeStatus,
    String probeCheckedAt,
    String probeVersion,
    Long probeLatencyMs,
    String probeCapabilities,
    String probeReason,
    String probeHostCode,
    String probeDetail) {}
