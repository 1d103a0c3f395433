package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.port.HostGateway;
import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/**
 * The gateway of one sub2api host called as an ordinary user with a bearer key (contract §10);
 * unretried, with the transport's bounded timeouts.
 */
public final class Sub2apiHostGateway implements HostGateway {
  static final String MODELS = "/v1/models";
  static final String CHAT = "/v1/chat/completions";
  static final String USAGE = "/v1/usage";

  private final HostTransport transport;
  private final HostJson json;
  private final BearerCaller caller;
  private final GatewayReader reader;

  Sub2apiHostGateway(HostTransport transport, HostJson json, BearerCaller caller) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.json = Objects.requireNonNull(json, "json");
    this.caller = Objects.requireNonNull(caller, "caller");
    this.reader = new GatewayReader(json.mapper());
  }

  @Override
  public ModelListing listModels(Secret userKey) {
    return reader.models(caller.call(transport, HostRequest.get(MODELS), userKey), userKey);
  }

  @Override
  public ChatAnswer chat(Secret userKey, ModelId model, int maxTokens) {
    HostRequest request = ChatPing.request(json, CHAT, model, maxTokens);
    return reader.chat(caller.call(transport, request, userKey), model.value(), userKey);
  }

  @Override
  public UsageAnswer usage(Secret userKey) {
    return reader.usage(caller.call(transport, HostRequest.get(USAGE), userKey), userKey);
  }

  @Override
  public String toString() {
    return "Sub2apiHostGateway[url=" + transport.baseUrl() + "]";
  }
}
