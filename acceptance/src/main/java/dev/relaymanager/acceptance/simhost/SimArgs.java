package dev.relaymanager.acceptance.simhost;

import dev.relaymanager.acceptance.simhost.state.Knobs;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Parses the {@code sim-host} command line into {@link SimOptions}. */
final class SimArgs {
  private static final Map<String, Consumer<SimOptions>> FLAGS =
      Map.ofEntries(
          Map.entry("--no-channels", o -> o.knobs(k -> k.channels = false)),
          Map.entry("--no-native-cn", o -> o.knobs(k -> k.nativeCnPlatforms = false)),
          Map.entry("--minimax", o -> o.knobs(k -> k.minimaxPlatform = true)),
          Map.entry("--no-minimax", o -> o.knobs(k -> k.minimaxPlatform = false)),
          Map.entry("--no-payment-plans", o -> o.knobs(k -> k.paymentPlans = false)),
          Map.entry("--compliance", o -> o.knobs(k -> k.complianceRequired = true)),
          Map.entry("--no-idempotency", o -> o.knobs(k -> k.idempotency = false)),
          Map.entry("--idempotency-required", o -> o.knobs(k -> k.idempotencyObserveOnly = false)),
          Map.entry("--credentials-merge", o -> o.knobs(k -> k.credentialsMerge = true)),
          Map.entry("--subscription-conflict", o -> o.knobs(k -> k.subscriptionReuse = false)),
          Map.entry(
              "--subscription-plain-reuse", o -> o.knobs(k -> k.subscriptionSemanticReuse = false)),
          Map.entry("--zhipu-url-bug", o -> o.knobs(k -> k.zhipuUrlBug = true)),
          Map.entry("--no-redact", o -> o.knobs(k -> k.redactCredentials = false)),
          Map.entry("--admin-create-key-route", o -> o.knobs(k -> k.adminCreateKeyRoute = true)),
          Map.entry("--account-delete-404", o -> o.knobs(k -> k.accountDeleteUnknownOk = false)),
          Map.entry("--group-rate-default-zero", o -> o.knobs(k -> k.groupRateRequired = false)),
          Map.entry("--strict-zero-limit", o -> o.knobs(k -> k.strictZeroLimit = true)),
          Map.entry("--restrict-models-400", o -> o.knobs(k -> k.restrictModelsHandler400 = true)),
          Map.entry("--no-model-not-found", o -> o.knobs(k -> k.modelNotFoundSplit = false)),
          Map.entry(
              "--upstream-error-passthrough", o -> o.knobs(k -> k.upstreamErrorPassthrough = true)),
          Map.entry(
              "--channel-strict-updated-at", o -> o.knobs(k -> k.channelStrictUpdatedAt = true)),
          Map.entry("--backend-mode", o -> o.settings(s -> s.backendModeEnabled = true)),
          Map.entry("--turnstile", o -> o.settings(s -> s.turnstileEnabled = true)),
          Map.entry(
              "--allow-ungrouped", o -> o.settings(s -> s.allowUngroupedKeyScheduling = true)));

  private static final Map<String, BiConsumer<SimOptions, String>> VALUED =
      Map.ofEntries(
          Map.entry("--port", (o, v) -> o.port(Integer.parseInt(v))),
          Map.entry("--admin-password", SimOptions::adminPassword),
          Map.entry("--version", (o, v) -> o.knobs(k -> k.version = v)),
          Map.entry("--models-cache-seconds", (o, v) -> o.modelsCacheMillis(number(v) * 1000)),
          Map.entry("--jwt-ttl-seconds", (o, v) -> o.knobs(k -> k.jwtTtlSeconds = number(v))),
          Map.entry("--slow-upstream-ms", (o, v) -> o.knobs(k -> k.slowUpstreamMillis = number(v))),
          Map.entry("--default-test-model", (o, v) -> o.knobs(k -> k.defaultOpenaiTestModel = v)),
          Map.entry("--group-limit-storage", (o, v) -> o.knobs(k -> k.groupLimitStorage = mode(v))),
          Map.entry(
              "--default-balance",
              (o, v) -> o.settings(s -> s.defaultBalance = Double.parseDouble(v))));

  private SimArgs() {}

  static String usage() {
    return String.join(
        "\n",
        "usage: sim-host [--port N] [--admin-password PW] [--version V] [--no-channels]",
        "  [--no-native-cn] [--minimax | --no-minimax] [--no-payment-plans] [--compliance]",
        "  [--no-idempotency] [--idempotency-required] [--backend-mode] [--turnstile]",
        "  [--credentials-merge] [--subscription-conflict] [--subscription-plain-reuse]",
        "  [--zhipu-url-bug] [--no-redact] [--admin-create-key-route] [--allow-ungrouped]",
        "  [--account-delete-404] [--group-rate-default-zero] [--strict-zero-limit]",
        "  [--group-limit-storage upstream|as_sent|null_minus_one] [--restrict-models-400]",
        "  [--no-model-not-found] [--upstream-error-passthrough] [--channel-strict-updated-at]",
        "  [--default-test-model M] [--models-cache-seconds N] [--jwt-ttl-seconds N]",
        "  [--slow-upstream-ms N] [--default-balance X]");
  }

  static SimOptions parse(String[] args) {
    SimOptions o = SimOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (FLAGS.containsKey(a)) {
        FLAGS.get(a).accept(o);
        continue;
      }
      if (!VALUED.containsKey(a) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown or incomplete option: " + a);
      }
      String v = args[++i];
      try {
        VALUED.get(a).accept(o, v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number for " + a + ": " + v, e);
      }
    }
    return o;
  }

  private static long number(String v) {
    return Long.parseLong(v);
  }

  private static String mode(String v) {
    if (!v.equals(Knobs.LIMITS_UPSTREAM)
        && !v.equals(Knobs.LIMITS_AS_SENT)
        && !v.equals(Knobs.LIMITS_NULL_MINUS_ONE)) {
      throw new IllegalArgumentException("unknown group limit storage: " + v);
    }
    return v;
  }
}
