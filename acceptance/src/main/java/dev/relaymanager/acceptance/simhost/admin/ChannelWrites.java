package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Channel create/update: unique names, one channel per group, pricing defaults (§8). */
final class ChannelWrites {
  private static final List<String> PRICES =
      List.of(
          "input_price",
          "output_price",
          "cache_write_price",
          "cache_read_price",
          "image_output_price",
          "per_request_price");
  private final SimState state;

  ChannelWrites(SimState state) {
    this.state = state;
  }

  ChannelRow create(Body body) {
    ChannelRow c = new ChannelRow();
    c.id = state.nextId();
    requireFreeName(body.str("name"), c.id);
    c.name = body.str("name");
    c.createdAt = state.channelNow();
    apply(c, body);
    state.tables.channels.add(c);
    return c;
  }

  void update(ChannelRow c, Body body) {
    if (body.present("name")) {
      requireFreeName(body.str("name"), c.id);
      c.name = body.str("name");
    }
    c.status = body.strOr("status", c.status);
    apply(c, body);
  }

  private void apply(ChannelRow c, Body body) {
    c.description = body.strOr("description", c.description);
    String source = body.strOr("billing_model_source", "");
    c.billingModelSource = source.isEmpty() ? c.billingModelSource : source;
    if (body.present("restrict_models")) {
      c.restrictModels = body.bool("restrict_models");
    }
    if (body.present("group_ids")) {
      c.groupIds = checkedGroups(body.longList("group_ids"), c.id);
    }
    if (body.present("model_pricing")) {
      c.modelPricing = pricing(body.list("model_pricing"));
    }
    if (body.present("model_mapping")) {
      c.modelMapping = body.map("model_mapping");
    }
    if (body.present("features")) {
      c.features = body.map("features");
    }
    c.updatedAt = state.channelNow();
  }

  private List<Long> checkedGroups(List<Long> ids, long self) {
    for (Long id : ids) {
      // Only the FK is checked: a soft-deleted group passes, a never-existing id is a 500.
      if (state.tables.groups.stream().noneMatch(g -> g.id == id)) {
        throw SimError.internal();
      }
      boolean taken =
          state.tables.channels.stream()
              .anyMatch(c -> !c.deleted() && c.id != self && c.groupIds.contains(id));
      if (taken) {
        throw SimError.app(
            409, "GROUP_ALREADY_IN_CHANNEL", "group " + id + " already belongs to a channel");
      }
    }
    return new ArrayList<>(ids);
  }

  private List<Map<String, Object>> pricing(List<Object> entries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object raw : entries) {
      Map<String, Object> e = new LinkedHashMap<>();
      if (raw instanceof Map<?, ?> m) {
        m.forEach((k, v) -> e.put(String.valueOf(k), v));
      }
      e.put("id", state.nextId());
      if (e.get("platform") == null || "".equals(e.get("platform"))) {
        e.put("platform", "anthropic");
      }
      if (e.get("billing_mode") == null || "".equals(e.get("billing_mode"))) {
        e.put("billing_mode", "token");
      }
      checkEntry(e);
      PRICES.forEach(p -> e.putIfAbsent(p, null));
      e.putIfAbsent("intervals", List.of());
      out.add(e);
    }
    return out;
  }

  private static void checkEntry(Map<String, Object> e) {
    Object models = e.get("models");
    if (!(models instanceof List<?> l) || l.isEmpty() || l.size() > 100) {
      throw SimError.app(400, "VALIDATION_ERROR", "model_pricing.models must have 1..100 entries");
    }
    for (String p : PRICES) {
      Object v = e.get(p);
      if (v != null && (!(v instanceof Number n) || n.doubleValue() < 0)) {
        throw SimError.app(400, "VALIDATION_ERROR", p + " must be a number >= 0");
      }
    }
  }

  private void requireFreeName(String name, long self) {
    boolean taken =
        state.tables.channels.stream()
            .anyMatch(c -> !c.deleted() && c.id != self && c.name.equals(name));
    if (taken) {
      throw SimError.app(409, "CHANNEL_EXISTS", "channel name already exists");
    }
  }
}
