package dev.relaymanager.domain.provider;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A group as the host returns it. {@code limitsUsd} holds only windows with a limit the host
 * enforces or reports as 0; null and negative values (unlimited) are absent.
 *
 * @param platform the host's platform value as sent, e.g. {@code openai}
 * @param subscriptionType the host's value, e.g. {@code standard}
 * @param status {@code active} or {@code inactive}
 */
public record LiveGroup(
    long id,
    String name,
    String description,
    String platform,
    String subscriptionType,
    BigDecimal rateMultiplier,
    boolean exclusive,
    String status,
    Map<LimitWindow, BigDecimal> limitsUsd) {

  public LiveGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(subscriptionType, "subscriptionType");
    Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    Objects.requireNonNull(status, "status");
    limitsUsd = Map.copyOf(limitsUsd);
  }
}
