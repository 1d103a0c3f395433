package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Compares a desired group with the host's: type, platform, rate multiplier, exclusivity and the
 * three limits. A live limit of 0 or less reads as unlimited, because hosts store the unlimited
 * {@code null} the manager sends as 0 (findings §3); the description is not compared (it carries
 * the batch id).
 */
final class GroupComparison {
  private GroupComparison() {}

  static List<FieldDiff> diffs(GroupDraft desired, LiveGroup live) {
    Diffs diffs = new Diffs();
    diffs.text("subscription_type", desired.type().wireName(), live.subscriptionType());
    diffs.text("platform", desired.platform().wireName(), live.platform());
    diffs.amount(
        "rate_multiplier",
        Optional.of(desired.rateMultiplier()),
        Optional.of(live.rateMultiplier()));
    diffs.flag("is_exclusive", desired.exclusive(), live.exclusive());
    for (LimitWindow window : LimitWindow.values()) {
      Optional<BigDecimal> liveLimit =
          Optional.ofNullable(live.limitsUsd().get(window)).filter(l -> l.signum() > 0);
      diffs.amount(
          window.hostField(), Optional.ofNullable(desired.limitsUsd().get(window)), liveLimit);
    }
    return diffs.list();
  }
}
