package dev.relaymanager.acceptance.simhost.control;

import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.state.FaultRule;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UpstreamCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The full state as one JSON-ready map, soft-deleted rows (with {@code deleted_at}) included. */
public final class StateDump {
  private StateDump() {}

  /** Every table, knob, setting, fault and upstream call. */
  public static Map<String, Object> of(SimState state, Json json) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("knobs", json.toMap(state.knobs));
    m.put("settings", json.toMap(state.settings));
    m.put("groups", rows(json, state.tables.groups));
    m.put("accounts", rows(json, state.tables.accounts));
    m.put("channels", rows(json, state.tables.channels));
    m.put("users", rows(json, state.tables.users));
    m.put("subscriptions", rows(json, state.tables.subscriptions));
    m.put("api_keys", rows(json, state.tables.apiKeys));
    List<Map<String, Object>> calls = new ArrayList<>();
    state.upstreamCalls.forEach(c -> calls.add(call(c)));
    m.put("upstream_calls", calls);
    List<Map<String, Object>> faults = new ArrayList<>();
    state.faults.forEach(f -> faults.add(fault(f)));
    m.put("faults", faults);
    Map<String, Object> behaviors = new LinkedHashMap<>();
    state.upstreamBehaviors.forEach((k, v) -> behaviors.put(k, v.name().toLowerCase()));
    m.put("upstream_behaviors", behaviors);
    return m;
  }

  private static List<Map<String, Object>> rows(Json json, List<?> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    rows.forEach(r -> out.add(json.toMap(r)));
    return out;
  }

  private static Map<String, Object> call(UpstreamCall c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", c.url());
    m.put("via", c.via());
    m.put("account_id", c.accountId());
    m.put("key_hint", c.keyHint());
    m.put("model", c.model());
    m.put("status", c.status());
    return m;
  }

  static Map<String, Object> fault(FaultRule f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path_prefix", f.pathPrefix());
    m.put("latency_ms", f.latencyMs());
    m.put("error_rate", f.errorRate());
    m.put("error_status", f.errorStatus());
    m.put("hang", f.hang());
    return m;
  }
}
