package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;

/** Registers the gateway routes; their API-key middleware runs inside the handlers. */
public final class GatewayRoutes {
  private final ModelsRoute models;
  private final ChatRoute chat;
  private final UsageRoute usage;

  /** Gateway routes over one host's state. */
  public GatewayRoutes(SimState state, Json json, AccountUpstream upstream) {
    KeyCheck keys = new KeyCheck(state);
    Candidates candidates = new Candidates(state, upstream);
    this.models = new ModelsRoute(state, keys, candidates);
    this.chat = new ChatRoute(state, json, keys, candidates, upstream, new ChannelLookup(state));
    this.usage = new UsageRoute(keys);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", "/v1/models", Guard.PUBLIC, models::handle);
    r.add("POST", "/v1/chat/completions", Guard.PUBLIC, chat::handle);
    r.add("POST", "/chat/completions", Guard.PUBLIC, chat::handle);
    r.add("GET", "/v1/usage", Guard.PUBLIC, usage::handle);
  }
}
