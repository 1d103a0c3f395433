package dev.relaymanager.adapter.sub2api.wire;

/** The data of {@code GET /api/v1/admin/system/version}: {@code {"version":"0.1.x"}}. */
public record VersionInfo(String version) {}
