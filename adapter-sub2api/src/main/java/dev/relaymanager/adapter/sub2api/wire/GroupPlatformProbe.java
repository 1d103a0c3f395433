package dev.relaymanager.adapter.sub2api.wire;

/**
 * The body of the platform probe {@code POST /api/v1/admin/groups}: a platform and deliberately no
 * name, so that validation refuses it and nothing is created.
 */
public record GroupPlatformProbe(String platform) {}
