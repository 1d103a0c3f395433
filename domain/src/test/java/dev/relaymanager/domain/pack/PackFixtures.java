package dev.relaymanager.domain.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pack document trees as a YAML or JSON parser would produce them, named by scenario. Every tree is
 * freshly built and mutable, so a test can break exactly one thing with {@link TreeEdits}.
 */
public final class PackFixtures {
  private PackFixtures() {}

  /** One provider with one model and only the required fields: every default applies. */
  public static Map<String, Object> aMinimalValidPackTree() {
    return object(
        "schema", "relay-manager.pack/v1",
        "name", "minimal",
        "version", "1.0.0",
        "description", "One provider, defaults everywhere.",
        "providers", list(aMinimalDeepseekProvider()));
  }

  /** DeepSeek on the openai platform with its two models, nothing but required fields. */
  public static Map<String, Object> aMinimalDeepseekProvider() {
    return object(
        "name", "deepseek",
        "display_name", "DeepSeek",
        "base_url", "https://api.deepseek.com",
        "smoke_test_model", "deepseek-flash",
        "models",
            list(
                model("deepseek-flash", pricing(0.15, 0.60)),
                model("deepseek-v4-pro", pricing(0.66, 1.98))),
        "source",
            object(
                "url", "https://api-docs.deepseek.com/quick_start/pricing", "as_of", "2026-11-01"));
  }

  /** Zhipu with every optional section written out and the full chat URL as base URL. */
  public static Map<String, Object> aFullyWrittenZhipuProvider() {
    Map<String, Object> flash = model("glm-5.3-flash", pricing(0.15, 0.50));
    asMap(flash.get("pricing")).put("cache_read", 0.03);
    return object(
        "name", "zhipu",
        "display_name", "Zhipu GLM",
        "platform", "openai",
        "base_url", "https://open.bigmodel.cn/api/paas/v4/chat/completions",
        "smoke_test_model", "glm-5.3-flash",
        "models", list(flash, model("glm-5.3", pricing(1.40, 4.40))),
        "account", object("concurrency", 3, "priority", 10, "rate_multiplier", 1.5),
        "group",
            object(
                "rate_multiplier", 2,
                "subscription",
                    object(
                        "validity_days",
                        7,
                        "daily_limit_usd",
                        5,
                        "weekly_limit_usd",
                        "unlimited",
                        "monthly_limit_usd",
                        100.5),
                "self_service", object("initial_balance_usd", 0)),
        "channel", object("billing_model_source", "upstream", "restrict_models", false),
        "smoke", object("max_tokens", 2048),
        "source",
            object("url", "https://docs.z.ai/guides/overview/pricing", "as_of", "2026-09-29"));
  }

  /** DeepSeek and Zhipu: a minimal and a fully written provider. */
  public static Map<String, Object> aTwoProviderPackTree() {
    Map<String, Object> tree = aMinimalValidPackTree();
    tree.put("name", "two-providers");
    tree.put("providers", list(aMinimalDeepseekProvider(), aFullyWrittenZhipuProvider()));
    return tree;
  }

  /** A model entry whose user-facing id is also its upstream id. */
  public static Map<String, Object> model(String id, Map<String, Object> pricing) {
    return object("id", id, "pricing", pricing);
  }

  /** Input and output prices in USD per million tokens. */
  public static Map<String, Object> pricing(double input, double output) {
    return object("input", input, "output", output);
  }

  /** A mutable object with the given keys and values, in order. */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A mutable list of {@code items}. */
  public static List<Object> list(Object... items) {
    return new ArrayList<>(List.of(items));
  }

  private static Map<String, Object> asMap(Object value) {
    return TreeEdits.asObject(value);
  }
}
