package dev.relaymanager.domain.pack;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the provider's groups are created on the host (contract §7.2). The rate multiplier is always
 * sent, and never 0: an omitted one is stored as 0 (free usage) on some hosts.
 */
public record GroupSettings(
    BigDecimal rateMultiplier, SubscriptionSettings subscription, SelfServiceSettings selfService) {
  /** Billed at list price, with the default subscription and self-service terms. */
  public static final GroupSettings DEFAULT =
      new GroupSettings(BigDecimal.ONE, SubscriptionSettings.DEFAULT, SelfServiceSettings.DEFAULT);

  public GroupSettings {
    Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(selfService, "selfService");
    rateMultiplier = Amounts.positive("rate_multiplier", rateMultiplier);
  }
}
