package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.ChannelPrice;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveChannelPrice;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a desired channel with the host's: groups, pricing model by model (however the host
 * groups models into entries), mapping, billing source and restriction. Empty per-platform mappings
 * equal absent ones, as the host's client sends {@code {}} for "no mapping".
 */
final class ChannelComparison {
  private static final String TOKEN_BILLING = "token";

  private ChannelComparison() {}

  /** One model's price as compared: platform, billing mode and the amount per component. */
  private record Row(String platform, String billingMode, Map<PriceComponent, BigDecimal> prices) {}

  static List<FieldDiff> diffs(ChannelDraft desired, LiveChannel live) {
    Diffs diffs = new Diffs();
    diffs.ids("group_ids", desired.groupIds(), live.groupIds());
    pricing(diffs, desiredRows(desired), liveRows(live));
    diffs.mapping("model_mapping", flatten(desiredMapping(desired)), flatten(live.modelMapping()));
    diffs.text(
        "billing_model_source", desired.billingModelSource().wireName(), live.billingModelSource());
    diffs.flag("restrict_models", desired.restrictModels(), live.restrictModels());
    return diffs.list();
  }

  private static void pricing(Diffs diffs, Map<String, Row> desired, Map<String, Row> live) {
    TreeSet<String> models = new TreeSet<>(desired.keySet());
    models.addAll(live.keySet());
    for (String model : models) {
      String field = "model_pricing." + model;
      Row want = desired.get(model);
      Row have = live.get(model);
      if (want == null || have == null) {
        diffs.add(new FieldDiff(field, presence(want), presence(have)));
        continue;
      }
      diffs.text(field + ".platform", want.platform(), have.platform());
      diffs.text(field + ".billing_mode", want.billingMode(), have.billingMode());
      for (PriceComponent component : PriceComponent.values()) {
        diffs.amount(
            field + "." + component.fieldName() + "_price",
            Optional.ofNullable(want.prices().get(component)),
            Optional.ofNullable(have.prices().get(component)));
      }
    }
  }

  private static Map<String, Row> desiredRows(ChannelDraft desired) {
    Map<String, Row> rows = new HashMap<>();
    for (ChannelPrice price : desired.pricing()) {
      Row row = new Row(desired.platform().wireName(), TOKEN_BILLING, price.usdPerToken());
      price.models().forEach(model -> rows.put(model.value(), row));
    }
    return rows;
  }

  private static Map<String, Row> liveRows(LiveChannel live) {
    Map<String, Row> rows = new HashMap<>();
    for (LiveChannelPrice price : live.pricing()) {
      Row row = new Row(price.platform(), price.billingMode(), price.usdPerToken());
      price.models().forEach(model -> rows.put(model, row));
    }
    return rows;
  }

  private static Map<String, Map<String, String>> desiredMapping(ChannelDraft desired) {
    Map<String, String> inner = new HashMap<>();
    desired
        .modelMapping()
        .forEach((ModelId from, ModelId to) -> inner.put(from.value(), to.value()));
    return Map.of(desired.platform().wireName(), inner);
  }

  // platform/from=to, dropping empty platforms: {} and {"openai":{}} both mean "no mapping".
  private static Map<String, String> flatten(Map<String, Map<String, String>> mapping) {
    Map<String, String> flat = new TreeMap<>();
    mapping.forEach(
        (platform, inner) -> inner.forEach((from, to) -> flat.put(platform + "/" + from, to)));
    return flat;
  }

  private static String presence(Row row) {
    return row == null ? FieldDiff.NONE : "priced";
  }
}
