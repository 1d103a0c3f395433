package dev.relaymanager.domain.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a pack as its normalized document tree: sorted keys, every default written out, amounts as
 * exact decimals without trailing zeros, limits as a number or {@code unlimited}.
 */
final class PackTree {
  private PackTree() {}

  static Map<String, Object> of(
      PackName name, PackVersion version, String description, List<ProviderSpec> providers) {
    return object(
        "schema", Pack.SCHEMA,
        "name", name.value(),
        "version", version.toString(),
        "description", description,
        "providers", providers.stream().map(PackTree::provider).collect(Collectors.toList()));
  }

  private static Map<String, Object> provider(ProviderSpec p) {
    Map<String, Object> tree =
        object(
            "name", p.name().value(),
            "display_name", p.displayName(),
            "platform", p.platform().wireName(),
            "base_url", p.baseUrl().value(),
            "smoke_test_model", p.smokeTestModel().value(),
            "models", p.models().stream().map(PackTree::model).collect(Collectors.toList()));
    Map<String, Object> all = new TreeMap<>(tree);
    all.put("account", account(p.account()));
    all.put("group", group(p.group()));
    all.put(
        "channel",
        object(
            "billing_model_source", p.channel().billingModelSource().wireName(),
            "restrict_models", p.channel().restrictModels()));
    all.put("smoke", object("max_tokens", p.smoke().maxTokens()));
    all.put("source", object("url", p.source().url(), "as_of", p.source().asOf().toString()));
    return Collections.unmodifiableMap(all);
  }

  private static Map<String, Object> model(ModelOffer m) {
    Map<String, Object> pricing = new TreeMap<>();
    m.pricing()
        .usdPerMillion()
        .forEach((component, price) -> pricing.put(component.fieldName(), price));
    return object(
        "id", m.id().value(),
        "upstream_id", m.upstreamId().value(),
        "pricing", Collections.unmodifiableMap(pricing));
  }

  private static Map<String, Object> account(AccountSettings a) {
    return object(
        "concurrency", a.concurrency(),
        "priority", a.priority(),
        "rate_multiplier", a.rateMultiplier());
  }

  private static Map<String, Object> group(GroupSettings g) {
    SubscriptionSettings s = g.subscription();
    return object(
        "rate_multiplier", g.rateMultiplier(),
        "subscription",
            object(
                "validity_days", s.validityDays(),
                "daily_limit_usd", limit(s.dailyLimit()),
                "weekly_limit_usd", limit(s.weeklyLimit()),
                "monthly_limit_usd", limit(s.monthlyLimit())),
        "self_service", object("initial_balance_usd", g.selfService().initialBalanceUsd()));
  }

  private static Object limit(UsdLimit limit) {
    return limit.usd().<Object>map(usd -> usd).orElse(UsdLimit.UNLIMITED_WORD);
  }

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> tree = new TreeMap<>();
    List<Object> pairs = new ArrayList<>(List.of(keysAndValues));
    for (int i = 0; i < pairs.size(); i += 2) {
      tree.put((String) pairs.get(i), pairs.get(i + 1));
    }
    return Collections.unmodifiableMap(tree);
  }
}
