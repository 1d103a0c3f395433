package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.admin.DefaultModels;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ModelsCacheEntry;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /v1/models}: the union of mapping keys, cached per group and platform (§10.2). */
final class ModelsRoute {
  private final SimState state;
  private final KeyCheck keys;
  private final Candidates candidates;

  ModelsRoute(SimState state, KeyCheck keys, Candidates candidates) {
    this.state = state;
    this.keys = keys;
    this.candidates = candidates;
  }

  Resp handle(Req req) {
    Caller caller = keys.check(req, true);
    String cacheKey = cacheKey(caller);
    long now = state.instant().toEpochMilli();
    ModelsCacheEntry cached = state.modelsCache.get(cacheKey);
    List<String> ids;
    if (cached != null && cached.expiresAtMillis() > now) {
      ids = cached.modelIds();
    } else {
      ids = mappedIds(caller);
      state.modelsCache.put(
          cacheKey, new ModelsCacheEntry(now + state.knobs.modelsCacheMillis, ids));
    }
    return Resp.json(200, Map.of("object", "list", "data", items(caller, ids)));
  }

  /** Upstream's {@code groupID|platform} key; writes never invalidate it (findings §9). */
  private static String cacheKey(Caller caller) {
    return caller.group() == null ? "0|" : caller.group().id + "|" + caller.group().platform;
  }

  private List<String> mappedIds(Caller caller) {
    Set<String> ids = new LinkedHashSet<>();
    for (AccountRow a : candidates.forGroup(caller.group())) {
      ids.addAll(a.modelMapping().keySet());
    }
    return new ArrayList<>(ids);
  }

  private static List<Map<String, Object>> items(Caller caller, List<String> ids) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (!ids.isEmpty()) {
      ids.forEach(id -> out.add(DefaultModels.mappedItem(id)));
      return out;
    }
    String platform = caller.group() == null ? "openai" : caller.group().platform;
    boolean openai = DefaultModels.OPENAI == DefaultModels.forPlatform(platform);
    for (String id : DefaultModels.forPlatform(platform)) {
      out.add(openai ? DefaultModels.openaiItem(id) : DefaultModels.mappedItem(id));
    }
    return out;
  }
}
