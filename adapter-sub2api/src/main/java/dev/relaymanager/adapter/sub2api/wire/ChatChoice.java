package dev.relaymanager.adapter.sub2api.wire;

/** One choice of a {@code chat.completion}, read for its {@code finish_reason} only. */
public record ChatChoice(String finishReason) {}
