package dev.relaymanager.adapter.sub2api.wire;

/** The fields of {@code GET /api/v1/settings/public} the manager reads; missing ones are null. */
public record PublicSettings(String siteName, String version, Boolean backendModeEnabled) {}
