package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Subscription assignment: a new row, or the reuse rules for an existing one (findings §7). */
final class SubscriptionWrites {
  /** An assignment outcome: the subscription and whether it was reused. */
  record Assigned(SubscriptionRow subscription, boolean reused) {}

  private final SimState state;
  private final SubscriptionReuse reuse;

  SubscriptionWrites(SimState state) {
    this.state = state;
    this.reuse = new SubscriptionReuse(state);
  }

  Assigned assign(long userId, long groupId, int validityDays, String notes, Long assignedBy) {
    state.user(userId).orElseThrow(() -> SimError.app(404, "USER_NOT_FOUND", "user not found"));
    GroupRow g = state.group(groupId).orElseThrow(GroupRoutes::notFound);
    if (!"subscription".equals(g.subscriptionType)) {
      throw SimError.app(
          400, "GROUP_NOT_SUBSCRIPTION_TYPE", "group is not a subscription type group");
    }
    Optional<SubscriptionRow> existing = state.subscriptionOf(userId, groupId);
    if (existing.isPresent()) {
      return new Assigned(reuse.reuse(existing.get(), validityDays, notes), true);
    }
    return new Assigned(create(userId, groupId, validityDays, notes, assignedBy), false);
  }

  private SubscriptionRow create(
      long userId, long groupId, int validityDays, String notes, Long assignedBy) {
    Instant now = state.instant();
    SubscriptionRow s = new SubscriptionRow();
    s.id = state.nextId();
    s.userId = userId;
    s.groupId = groupId;
    s.startsAt = SimState.rfc3339(now);
    s.expiresAt = SimState.rfc3339(now.plus(Duration.ofDays(validityDays)));
    s.dailyWindowStart = s.startsAt;
    s.weeklyWindowStart = s.startsAt;
    s.monthlyWindowStart = s.startsAt;
    s.assignedBy = assignedBy;
    s.assignedAt = s.startsAt;
    s.notes = notes == null ? "" : notes.trim();
    s.validityDays = validityDays;
    s.createdAt = s.startsAt;
    s.updatedAt = s.startsAt;
    state.tables.subscriptions.add(s);
    return s;
  }

  /** The validity in days from a request value: default 30, at most 36500. */
  static int validity(Long days) {
    if (days == null || days == 0) {
      return 30;
    }
    if (days < 1 || days > 36500) {
      throw SimError.bad(
          "Invalid request: Key: 'AssignSubscriptionRequest.ValidityDays' Error:Field validation"
              + " for 'ValidityDays' failed on the 'max' tag");
    }
    return days.intValue();
  }
}
