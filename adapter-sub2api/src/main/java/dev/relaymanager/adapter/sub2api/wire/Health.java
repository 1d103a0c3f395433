package dev.relaymanager.adapter.sub2api.wire;

/** The unenveloped answer of {@code GET /health}: {@code {"status":"ok"}}. */
public record Health(String status) {}
