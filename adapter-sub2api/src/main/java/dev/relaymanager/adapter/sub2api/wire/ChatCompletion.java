package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;

/**
 * A {@code chat.completion} answer, read for what proves the path works; the content is ignored.
 *
 * @param baseResp MiniMax's status block, which can report a failure inside an HTTP 200
 */
public record ChatCompletion(String model, List<ChatChoice> choices, ProviderStatus baseResp) {}
