package dev.relaymanager.adapter.sub2api.wire;

/** One message of a Chat Completions body. */
public record ChatMessage(String role, String content) {}
