package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.shared.Secret;

/**
 * The provider itself, called directly with an upstream key and the same payload the host would
 * send, to tell the host's fault from the provider's (PRODUCT §4, failure classification).
 */
public interface ProviderEndpoint {
  /**
   * A minimal non-streaming chat completion at {@code base} (the pack's base URL, with the host's
   * URL rules of contract §10.4). Failures are answers, never exceptions.
   */
  ChatAnswer chat(BaseUrl base, Secret upstreamKey, ModelId upstreamModel, int maxTokens);
}
