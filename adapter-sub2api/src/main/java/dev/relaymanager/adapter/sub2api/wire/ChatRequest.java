package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;

/** A minimal non-streaming Chat Completions body (contract §10.3). */
public record ChatRequest(
    String model, List<ChatMessage> messages, int maxTokens, boolean stream) {}
