package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.port.ProviderEndpoint;
import dev.relaymanager.domain.shared.Secret;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * Calls a provider directly with an upstream key and the payload the host would send, at the URL
 * the host would derive; the provider's error text is kept (masked) for the domain to classify.
 */
public final class Sub2apiProviderEndpoint implements ProviderEndpoint {
  private final Function<BaseUrl, HostTransport> transports;
  private final HostJson json;
  private final BearerCaller caller;
  private final GatewayReader reader;

  Sub2apiProviderEndpoint(
      Function<BaseUrl, HostTransport> transports, HostJson json, BearerCaller caller) {
    this.transports = Objects.requireNonNull(transports, "transports");
    this.json = Objects.requireNonNull(json, "json");
    this.caller = Objects.requireNonNull(caller, "caller");
    this.reader = new GatewayReader(json.mapper());
  }

  @Override
  public ChatAnswer chat(BaseUrl base, Secret upstreamKey, ModelId upstreamModel, int maxTokens) {
    URI url = ProviderUrls.chatCompletions(base);
    HostTransport transport = transports.apply(ProviderUrls.origin(url));
    HostRequest request = ChatPing.request(json, url.getRawPath(), upstreamModel, maxTokens);
    BearerReply reply = caller.call(transport, request, upstreamKey);
    return reader.chat(reply, upstreamModel.value(), upstreamKey);
  }
}
