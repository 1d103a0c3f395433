package dev.relaymanager.acceptance.simhost;

/** Parses the {@code sim-host} command line into {@link SimOptions}. */
final class SimArgs {
  private SimArgs() {}

  static String usage() {
    return String.join(
        "\n",
        "usage: sim-host [--port N] [--admin-password PW] [--version V] [--no-channels]",
        "  [--no-native-cn] [--no-minimax] [--no-payment-plans] [--compliance] [--no-idempotency]",
        "  [--backend-mode] [--turnstile] [--credentials-merge] [--subscription-conflict]",
        "  [--zhipu-url-bug] [--no-redact] [--admin-create-key-route] [--allow-ungrouped]",
        "  [--models-cache-seconds N] [--jwt-ttl-seconds N] [--slow-upstream-ms N]",
        "  [--default-balance X]");
  }

  static SimOptions parse(String[] args) {
    SimOptions o = SimOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (flag(o, a)) {
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown or incomplete option: " + a);
      }
      valued(o, a, args[++i]);
    }
    return o;
  }

  private static boolean flag(SimOptions o, String a) {
    switch (a) {
      case "--no-channels":
        o.knobs(k -> k.channels = false);
        return true;
      case "--no-native-cn":
        o.knobs(k -> k.nativeCnPlatforms = false);
        return true;
      case "--no-minimax":
        o.knobs(k -> k.minimaxPlatform = false);
        return true;
      case "--no-payment-plans":
        o.knobs(k -> k.paymentPlans = false);
        return true;
      case "--compliance":
        o.knobs(k -> k.complianceRequired = true);
        return true;
      case "--no-idempotency":
        o.knobs(k -> k.idempotency = false);
        return true;
      case "--credentials-merge":
        o.knobs(k -> k.credentialsMerge = true);
        return true;
      case "--subscription-conflict":
        o.knobs(k -> k.subscriptionReuse = false);
        return true;
      case "--zhipu-url-bug":
        o.knobs(k -> k.zhipuUrlBug = true);
        return true;
      case "--no-redact":
        o.knobs(k -> k.redactCredentials = false);
        return true;
      case "--admin-create-key-route":
        o.knobs(k -> k.adminCreateKeyRoute = true);
        return true;
      case "--backend-mode":
        o.settings(s -> s.backendModeEnabled = true);
        return true;
      case "--turnstile":
        o.settings(s -> s.turnstileEnabled = true);
        return true;
      case "--allow-ungrouped":
        o.settings(s -> s.allowUngroupedKeyScheduling = true);
        return true;
      default:
        return false;
    }
  }

  private static void valued(SimOptions o, String a, String v) {
    try {
      switch (a) {
        case "--port":
          o.port(Integer.parseInt(v));
          break;
        case "--admin-password":
          o.adminPassword(v);
          break;
        case "--version":
          o.knobs(k -> k.version = v);
          break;
        case "--models-cache-seconds":
          o.modelsCacheMillis(Long.parseLong(v) * 1000);
          break;
        case "--jwt-ttl-seconds":
          o.knobs(k -> k.jwtTtlSeconds = Long.parseLong(v));
          break;
        case "--slow-upstream-ms":
          o.knobs(k -> k.slowUpstreamMillis = Long.parseLong(v));
          break;
        case "--default-balance":
          o.settings(s -> s.defaultBalance = Double.parseDouble(v));
          break;
        default:
          throw new IllegalArgumentException("unknown option: " + a);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number for " + a + ": " + v, e);
    }
  }
}
