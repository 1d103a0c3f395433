package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * The subscription-mode group's terms: how long an assigned subscription lasts and its spending
 * limits (contract §7.2, §9.2).
 */
public record SubscriptionSettings(
    int validityDays, UsdLimit dailyLimit, UsdLimit weeklyLimit, UsdLimit monthlyLimit) {
  /** The longest validity accepted: ten years. */
  public static final int MAX_VALIDITY_DAYS = 3650;

  /** 30 days, no spending limits. */
  public static final SubscriptionSettings DEFAULT =
      new SubscriptionSettings(
          30, UsdLimit.unlimited(), UsdLimit.unlimited(), UsdLimit.unlimited());

  public SubscriptionSettings {
    Objects.requireNonNull(dailyLimit, "dailyLimit");
    Objects.requireNonNull(weeklyLimit, "weeklyLimit");
    Objects.requireNonNull(monthlyLimit, "monthlyLimit");
    if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
      throw InvalidInputException.of("validity_days", "must be between 1 and " + MAX_VALIDITY_DAYS);
    }
  }
}
