package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.ChatMessage;
import dev.relaymanager.adapter.sub2api.wire.ChatRequest;
import dev.relaymanager.domain.pack.ModelId;
import java.util.List;

/**
 * The minimal chat completion a verification sends, identical through the host and direct (contract
 * §13 step 8): one user message {@code ping}, not streamed.
 */
final class ChatPing {
  static final String CONTENT = "ping";

  private ChatPing() {}

  static HostRequest request(HostJson json, String path, ModelId model, int maxTokens) {
    if (maxTokens <= 0) {
      throw new IllegalArgumentException("maxTokens must be positive");
    }
    ChatRequest body =
        new ChatRequest(model.value(), List.of(new ChatMessage("user", CONTENT)), maxTokens, false);
    return new HostRequest("POST", path, json.write(body));
  }
}
