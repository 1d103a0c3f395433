package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** What an assign does with an existing live subscription of the same user and group (§7). */
final class SubscriptionReuse {
  private final SimState state;

  SubscriptionReuse(SimState state) {
    this.state = state;
  }

  /** Renews, reuses or rejects the existing row; the row is returned as reused. */
  SubscriptionRow reuse(SubscriptionRow s, int validityDays, String notes) {
    if (!state.knobs.subscriptionReuse) {
      throw SimError.app(409, "SUBSCRIPTION_ALREADY_EXISTS", "subscription already exists");
    }
    if (!state.knobs.subscriptionSemanticReuse) {
      return s;
    }
    if (expired(s)) {
      renew(s, validityDays, notes);
      return s;
    }
    if (!instant(s.expiresAt).equals(instant(s.startsAt).plus(Duration.ofDays(validityDays)))) {
      throw conflict("validity_days_mismatch");
    }
    if (!trimmed(s.notes).equals(trimmed(notes))) {
      throw conflict("notes_mismatch");
    }
    return s;
  }

  private boolean expired(SubscriptionRow s) {
    boolean ended = "expired".equals(s.status) || !state.inFuture(s.expiresAt);
    return ended && !"suspended".equals(s.status);
  }

  private void renew(SubscriptionRow s, int validityDays, String notes) {
    Instant now = state.instant();
    s.startsAt = SimState.rfc3339(now);
    s.expiresAt = SimState.rfc3339(now.plus(Duration.ofDays(validityDays)));
    s.status = "active";
    s.dailyUsageUsd = 0;
    s.weeklyUsageUsd = 0;
    s.monthlyUsageUsd = 0;
    s.dailyWindowStart = s.startsAt;
    s.weeklyWindowStart = s.startsAt;
    s.monthlyWindowStart = s.startsAt;
    s.validityDays = validityDays;
    if (!trimmed(notes).isEmpty() && !trimmed(notes).equals(trimmed(s.notes))) {
      s.notes = trimmed(s.notes).isEmpty() ? trimmed(notes) : s.notes + "\n" + trimmed(notes);
    }
    s.updatedAt = s.startsAt;
  }

  private static SimError conflict(String reason) {
    return SimError.appWithMetadata(
        409,
        "SUBSCRIPTION_ASSIGN_CONFLICT",
        "subscription already exists with different assignment terms",
        Map.of("conflict_reason", reason));
  }

  private static Instant instant(String time) {
    return OffsetDateTime.parse(time).toInstant();
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.trim();
  }
}
