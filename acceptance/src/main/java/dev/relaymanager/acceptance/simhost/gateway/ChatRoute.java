package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;
import dev.relaymanager.acceptance.simhost.upstream.UpstreamResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code POST /v1/chat/completions}: routing, mapping, failover and billing (§10.3). */
final class ChatRoute {
  private final Json json;
  private final KeyCheck keys;
  private final Candidates candidates;
  private final AccountUpstream upstream;
  private final Billing billing;

  ChatRoute(
      Json json, KeyCheck keys, Candidates candidates, AccountUpstream upstream, Billing billing) {
    this.json = json;
    this.keys = keys;
    this.candidates = candidates;
    this.upstream = upstream;
    this.billing = billing;
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
    String requested = channelMapped(caller, (String) model);
    List<AccountRow> accounts = candidates.serving(caller.group(), requested);
    if (accounts.isEmpty()) {
      throw SimError.openai(503, "api_error", "No available accounts");
    }
    boolean stream = Boolean.TRUE.equals(body.get("stream"));
    return failover(caller, accounts, requested, stream);
  }

  private String channelMapped(Caller caller, String model) {
    Optional<ChannelRow> channel = billing.channelOf(caller.group());
    if (channel.isEmpty()) {
      return model;
    }
    if (channel.get().restrictModels && billing.pricing(caller.group(), model).isEmpty()) {
      throw SimError.openai(
          400, "invalid_request_error", "model " + model + " is not allowed in this group");
    }
    Object perPlatform = channel.get().modelMapping.get(caller.group().platform);
    if (perPlatform instanceof Map<?, ?> m && m.get(model) != null) {
      return String.valueOf(m.get(model));
    }
    return model;
  }

  private Resp failover(Caller caller, List<AccountRow> accounts, String model, boolean stream) {
    List<UpstreamResult> failures = new ArrayList<>();
    long latency = 0;
    for (AccountRow a : accounts) {
      Optional<URI> url = upstream.chatUrl(a);
      if (url.isEmpty()) {
        continue;
      }
      String upstreamModel = AccountUpstream.mapModel(a, model);
      UpstreamResult r = upstream.call(a, url.get(), upstreamModel);
      latency += r.latencyMs();
      if (r.ok() && !r.hostGap()) {
        billing.charge(caller, a, model, r.body().get("usage"));
        upstream.record(a, r, "");
        Resp resp = stream ? Resp.sse(Streams.chunks(json, r.body())) : Resp.json(200, r.body());
        return resp.withDelay(latency);
      }
      if (r.status() == 400) {
        return Resp.json(400, r.body()).withDelay(latency);
      }
      if (!r.hostGap()) {
        upstream.record(a, r, "API returned " + r.status() + ": " + json.write(r.body()));
      }
      failures.add(r);
    }
    return exhausted(failures).withDelay(latency);
  }

  /** Every candidate failed: pass a uniform 429/402 through, otherwise 502. */
  private static Resp exhausted(List<UpstreamResult> failures) {
    if (!failures.isEmpty()) {
      UpstreamResult last = failures.get(failures.size() - 1);
      boolean uniform =
          failures.stream().allMatch(f -> f.status() == last.status() && !f.hostGap());
      if (uniform && (last.status() == 429 || last.status() == 402)) {
        return Resp.json(last.status(), last.body());
      }
    }
    return SimError.openai(502, "upstream_error", "Upstream request failed").resp();
  }
}
