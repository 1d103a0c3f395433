package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;

/** A {@link ProviderEndpoint} answering as the test scripts it; by default the provider answers. */
public final class ScriptedProviderEndpoint implements ProviderEndpoint {
  private ChatAnswer answer = new ChatAnswer.Completed("upstream", "stop", Duration.ofMillis(5));
  private int calls;

  public synchronized ScriptedProviderEndpoint answer(ChatAnswer scripted) {
    answer = scripted;
    return this;
  }

  public synchronized int calls() {
    return calls;
  }

  @Override
  public synchronized ChatAnswer chat(
      BaseUrl base, Secret upstreamKey, ModelId upstreamModel, int maxTokens) {
    calls++;
    return answer;
  }
}
