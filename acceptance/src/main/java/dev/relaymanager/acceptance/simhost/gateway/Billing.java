package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.Map;
import java.util.Optional;

/** Charges a completed request to the balance, subscription windows and key quota. */
final class Billing {
  static final double DEFAULT_INPUT_PRICE = 0.000001;
  static final double DEFAULT_OUTPUT_PRICE = 0.000002;
  private final SimState state;
  private final ChannelLookup channels;

  Billing(SimState state, ChannelLookup channels) {
    this.state = state;
    this.channels = channels;
  }

  /** Charges the usage of one request. */
  void charge(Caller caller, AccountRow account, String model, Object usage) {
    int in = tokens(usage, "prompt_tokens");
    int out = tokens(usage, "completion_tokens");
    Optional<Map<?, ?>> p = channels.pricing(caller.group(), model);
    double cost =
        in * price(p, "input_price", DEFAULT_INPUT_PRICE)
            + out * price(p, "output_price", DEFAULT_OUTPUT_PRICE);
    cost *= account.rateMultiplier * (caller.group() == null ? 1 : caller.group().rateMultiplier);
    if (caller.subscription() != null) {
      caller.subscription().dailyUsageUsd += cost;
      caller.subscription().weeklyUsageUsd += cost;
      caller.subscription().monthlyUsageUsd += cost;
    } else {
      caller.user().balance -= cost;
    }
    caller.key().quotaUsed += cost;
    caller.key().lastUsedAt = state.now();
  }

  private static double price(Optional<Map<?, ?>> p, String field, double def) {
    Object v = p.map(m -> m.get(field)).orElse(null);
    return v instanceof Number n ? n.doubleValue() : def;
  }

  private static int tokens(Object usage, String field) {
    if (usage instanceof Map<?, ?> m && m.get(field) instanceof Number n) {
      return n.intValue();
    }
    return 0;
  }
}
