package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;
import dev.relaymanager.acceptance.simhost.upstream.UpstreamResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code POST /v1/chat/completions}: routing, mapping, failover and billing (§10.3). */
final class ChatRoute {
  private final SimState state;
  private final Json json;
  private final KeyCheck keys;
  private final ChannelLookup channels;
  private final Scheduler scheduler;
  private final AccountUpstream upstream;
  private final Billing billing;

  ChatRoute(
      SimState state,
      Json json,
      KeyCheck keys,
      Candidates candidates,
      AccountUpstream upstream,
      ChannelLookup channels) {
    this.state = state;
    this.json = json;
    this.keys = keys;
    this.channels = channels;
    this.scheduler = new Scheduler(state, candidates, channels);
    this.upstream = upstream;
    this.billing = new Billing(state, channels);
  }

  Resp handle(Req req) {
    Caller caller = keys.check(req, true);
    Map<String, Object> body;
    try {
      body = json.parseObject(req.rawBody());
    } catch (SimError e) {
      throw SimError.openai(400, "invalid_request_error", "Failed to parse request body");
    }
    Object model = body.get("model");
    if (!(model instanceof String) || ((String) model).isEmpty()) {
      throw SimError.openai(400, "invalid_request_error", "model is required");
    }
    String requested = (String) model;
    String mapped = channels.mapped(caller.group(), requested);
    List<AccountRow> accounts = scheduler.select(caller.group(), requested, mapped);
    boolean stream = Boolean.TRUE.equals(body.get("stream"));
    return failover(caller, accounts, mapped, stream);
  }

  private Resp failover(Caller caller, List<AccountRow> accounts, String model, boolean stream) {
    boolean legacy = state.knobs.upstreamErrorPassthrough;
    List<UpstreamResult> failures = new ArrayList<>();
    long latency = 0;
    for (AccountRow a : accounts) {
      Optional<URI> url = upstream.chatUrl(a);
      if (url.isEmpty()) {
        continue;
      }
      UpstreamResult r = upstream.call(a, url.get(), AccountUpstream.mapModel(a, model));
      latency += r.latencyMs();
      if (r.ok() && !r.hostGap()) {
        billing.charge(caller, a, model, r.body().get("usage"));
        upstream.record(a, r, "");
        Resp resp = stream ? Resp.sse(Streams.chunks(json, r.body())) : Resp.json(200, r.body());
        return resp.withDelay(latency);
      }
      if (!UpstreamErrors.failsOver(r, legacy)) {
        return UpstreamErrors.direct(r, legacy).withDelay(latency);
      }
      if (!r.hostGap()) {
        upstream.record(a, r, "API returned " + r.status() + ": " + json.write(r.body()));
      }
      failures.add(r);
    }
    return UpstreamErrors.exhausted(failures, legacy).withDelay(latency);
  }
}
