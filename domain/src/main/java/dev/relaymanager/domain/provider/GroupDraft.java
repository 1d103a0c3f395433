package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A group as the manager wants it on the host. Every field the host defaults badly is explicit
 * (contract §7.2: platform, rate multiplier, limits). A window absent from {@code limitsUsd} is
 * unlimited (sent as null); limits are positive, never 0.
 */
public record GroupDraft(
    String name,
    String description,
    Platform platform,
    GroupType type,
    BigDecimal rateMultiplier,
    boolean exclusive,
    Map<LimitWindow, BigDecimal> limitsUsd) {

  public GroupDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    if (rateMultiplier.signum() <= 0) {
      throw InvalidInputException.of("group.rate_multiplier", "must be > 0");
    }
    EnumMap<LimitWindow, BigDecimal> limits = new EnumMap<>(LimitWindow.class);
    limitsUsd.forEach(
        (window, usd) -> {
          if (usd.signum() <= 0) {
            throw InvalidInputException.of("group." + window.hostField(), "must be > 0");
          }
          limits.put(window, usd.stripTrailingZeros());
        });
    limitsUsd = Map.copyOf(limits);
  }
}
