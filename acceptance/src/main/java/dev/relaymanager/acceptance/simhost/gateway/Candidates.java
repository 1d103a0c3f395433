package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The schedulable accounts a caller's group can use, best priority first. */
final class Candidates {
  private final SimState state;
  private final AccountUpstream upstream;

  Candidates(SimState state, AccountUpstream upstream) {
    this.state = state;
    this.upstream = upstream;
  }

  /** Schedulable accounts bound to the group with its platform (any group when null). */
  List<AccountRow> forGroup(GroupRow group) {
    return state.tables.accounts.stream()
        .filter(upstream::schedulable)
        .filter(a -> group == null || a.groupIds.contains(group.id))
        .filter(a -> group == null || group.platform.equals(a.platform))
        .sorted(Comparator.comparingInt((AccountRow a) -> a.priority).thenComparingLong(a -> a.id))
        .collect(Collectors.toList());
  }

  /** Active, schedulable accounts of the group's platform, transient pauses ignored (§1). */
  List<AccountRow> persistent(GroupRow group) {
    if (group == null) {
      return List.of();
    }
    return state.tables.accounts.stream()
        .filter(a -> !a.deleted() && "active".equals(a.status) && a.schedulable)
        .filter(a -> a.groupIds.contains(group.id) && group.platform.equals(a.platform))
        .collect(Collectors.toList());
  }

  /** Those of them that serve the requested model. */
  List<AccountRow> serving(GroupRow group, String model) {
    return forGroup(group).stream()
        .filter(a -> AccountUpstream.serves(a, model))
        .collect(Collectors.toList());
  }
}
