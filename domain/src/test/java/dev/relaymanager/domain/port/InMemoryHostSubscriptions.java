package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.provider.DeleteOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * The subscriptions of an in-memory host, reused while active and renewed in place when expired.
 *
 * <p>Not synchronized itself: it is only reached through {@link InMemoryHostUsers}, whose lock
 * guards it, so users, keys and subscriptions change together.
 */
final class InMemoryHostSubscriptions {
  private final AtomicLong ids;
  private final Map<Long, LiveSubscription> subscriptions = new TreeMap<>();
  private final Map<Long, String> assignRefusals = new HashMap<>();

  /** Shares {@code ids} with the users and keys, as the host numbers them from one sequence. */
  InMemoryHostSubscriptions(AtomicLong ids) {
    this.ids = ids;
  }

  LiveSubscription add(long userId, long groupId, String status) {
    LiveSubscription sub =
        new LiveSubscription(ids.incrementAndGet(), userId, groupId, status, "2026-12-01", "");
    subscriptions.put(sub.id(), sub);
    return sub;
  }

  void refuseAssignmentsTo(long userId, String reason) {
    assignRefusals.put(userId, reason);
  }

  List<LiveSubscription> all() {
    return new ArrayList<>(subscriptions.values());
  }

  List<LiveSubscription> find(long userId, long groupId) {
    return subscriptions.values().stream()
        .filter(s -> s.userId() == userId && s.groupId() == groupId)
        .collect(Collectors.toList());
  }

  boolean hasActive(long userId, long groupId) {
    return find(userId, groupId).stream().anyMatch(LiveSubscription::isActive);
  }

  LiveSubscription assign(long userId, long groupId, String notes) {
    return assignOne(userId, groupId, notes).subscription();
  }

  List<SubscriptionAssignment> bulkAssign(
      List<Long> userIds, long groupId, String notes, LongPredicate userExists) {
    List<SubscriptionAssignment> results = new ArrayList<>();
    for (long userId : userIds) {
      String refusal = assignRefusals.get(userId);
      if (refusal != null || !userExists.test(userId)) {
        results.add(
            new SubscriptionAssignment(userId, "failed", refusal != null ? refusal : "no user"));
      } else {
        results.add(
            new SubscriptionAssignment(userId, assignOne(userId, groupId, notes).status(), ""));
      }
    }
    return results;
  }

  DeleteOutcome revoke(long subscriptionId) {
    return subscriptions.remove(subscriptionId) != null
        ? DeleteOutcome.DELETED
        : DeleteOutcome.ALREADY_GONE;
  }

  private Assigned assignOne(long userId, long groupId, String notes) {
    Optional<LiveSubscription> existing = find(userId, groupId).stream().findFirst();
    if (existing.isPresent() && existing.get().isActive()) {
      return new Assigned(existing.get(), "reused");
    }
    long id = existing.map(LiveSubscription::id).orElseGet(ids::incrementAndGet);
    LiveSubscription sub = new LiveSubscription(id, userId, groupId, "active", "2026-12-31", notes);
    subscriptions.put(id, sub);
    return new Assigned(sub, existing.isPresent() ? "reused" : "created");
  }

  private record Assigned(LiveSubscription subscription, String status) {}
}
