package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code POST /api/v1/keys} as the user (contract §9.3). */
public record KeyCreateRequest(String name, long groupId) {}
