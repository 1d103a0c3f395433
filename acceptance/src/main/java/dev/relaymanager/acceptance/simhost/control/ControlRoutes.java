package dev.relaymanager.acceptance.simhost.control;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.FaultRule;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UpstreamBehavior;
import java.util.Locale;
import java.util.Map;

/** {@code /_sim/...}: state, reset, knobs, settings, faults and upstream behaviours. */
public final class ControlRoutes {
  private static final String P = "/_sim";
  private final SimState state;
  private final Json json;
  private final Runnable reset;

  /** Control routes; {@code reset} restores the starting state. */
  public ControlRoutes(SimState state, Json json, Runnable reset) {
    this.state = state;
    this.json = json;
    this.reset = reset;
  }

  /** Registers the routes (drift routes are in {@link DriftRoutes}). */
  public void register(Router r) {
    r.add("GET", P + "/state", Guard.CONTROL, req -> Resp.json(200, StateDump.of(state, json)));
    r.add("POST", P + "/reset", Guard.CONTROL, this::reset);
    r.add("GET", P + "/knobs", Guard.CONTROL, req -> Resp.json(200, json.toMap(state.knobs)));
    r.add("PATCH", P + "/knobs", Guard.CONTROL, this::knobs);
    r.add("PATCH", P + "/settings", Guard.CONTROL, this::settings);
    r.add("PUT", P + "/upstream/keys/:key", Guard.CONTROL, this::behavior);
    r.add("DELETE", P + "/upstream/keys", Guard.CONTROL, this::clearBehaviors);
    r.add("POST", P + "/faults", Guard.CONTROL, this::addFault);
    r.add("DELETE", P + "/faults", Guard.CONTROL, this::clearFaults);
  }

  private Resp reset(Req req) {
    reset.run();
    return Resp.json(200, Map.of("reset", true));
  }

  private Resp knobs(Req req) {
    json.patch(state.knobs, req.rawBody());
    state.modelsCache.clear();
    return Resp.json(200, json.toMap(state.knobs));
  }

  private Resp settings(Req req) {
    json.patch(state.settings, req.rawBody());
    return Resp.json(200, json.toMap(state.settings));
  }

  private Resp behavior(Req req) {
    String name = req.body("SimBehavior").strOr("behavior", "");
    try {
      UpstreamBehavior b = UpstreamBehavior.valueOf(name.toUpperCase(Locale.ROOT));
      state.upstreamBehaviors.put(req.param("key"), b);
    } catch (IllegalArgumentException e) {
      throw SimError.bad("unknown behavior: " + name);
    }
    return Resp.json(200, Map.of("key_behavior", name.toLowerCase(Locale.ROOT)));
  }

  private Resp clearBehaviors(Req req) {
    state.upstreamBehaviors.clear();
    return Resp.json(200, Map.of("cleared", true));
  }

  private Resp addFault(Req req) {
    Body b = req.body("SimFault");
    FaultRule f =
        new FaultRule(
            b.strOr("path_prefix", "/"),
            b.present("latency_ms") ? b.lng("latency_ms") : 0,
            b.present("error_rate") ? b.dbl("error_rate") : 0,
            b.present("error_status") ? b.lng("error_status").intValue() : 500,
            Boolean.TRUE.equals(b.bool("hang")));
    state.faults.add(f);
    return Resp.json(200, StateDump.fault(f));
  }

  private Resp clearFaults(Req req) {
    state.faults.clear();
    return Resp.json(200, Map.of("cleared", true));
  }
}
