package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.AllowedGroups;
import dev.relaymanager.domain.access.BalanceTopUp;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ProbeNames;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Gives a user what a mode needs before a key can use the group: the group's subscription
 * (subscription mode), or balance and, for restricted groups, the group's grant (self-service).
 */
final class ModeGrants {
  private ModeGrants() {}

  /** Grants {@code user} access to the target's group of {@code mode}; returns the user as now. */
  static LiveUser grant(
      AccessTarget target,
      ImportMode mode,
      HostUsers users,
      HostAdmin admin,
      LiveUser user,
      List<String> actions) {
    long groupId = target.groupId(mode);
    if (mode == ImportMode.SUBSCRIPTION) {
      subscribe(target, users, user, groupId, actions);
      return user;
    }
    LiveGroup group =
        admin
            .findGroup(groupId)
            .orElseThrow(() -> new NotFoundException("group", Long.toString(groupId)));
    return allow(users, topUp(target, users, user, actions), group, actions);
  }

  /** Subscribes {@code user} to the group unless an active subscription exists. */
  static void subscribe(
      AccessTarget target, HostUsers users, LiveUser user, long groupId, List<String> actions) {
    Optional<LiveSubscription> active =
        users.findSubscriptions(user.id(), groupId).stream()
            .filter(LiveSubscription::isActive)
            .findFirst();
    if (active.isPresent()) {
      actions.add("subscription reused");
      return;
    }
    users.assignSubscription(
        user.id(),
        groupId,
        target.spec().group().subscription().validityDays(),
        ProbeNames.subscriptionNotes(target.names()));
    actions.add("subscription assigned");
  }

  private static LiveUser topUp(
      AccessTarget target, HostUsers users, LiveUser user, List<String> actions) {
    Optional<BalanceTopUp> topUp =
        BalanceTopUp.toReach(
            user, target.spec().group().selfService().initialBalanceUsd(), target.provider().id());
    if (topUp.isEmpty()) {
      actions.add("balance sufficient");
      return user;
    }
    actions.add("balance raised by " + topUp.get().amountUsd().toPlainString() + " USD");
    return users.addBalance(
        user.id(),
        topUp.get().amountUsd(),
        ProbeNames.balanceNotes(target.names()),
        topUp.get().key());
  }

  private static LiveUser allow(
      HostUsers users, LiveUser user, LiveGroup group, List<String> actions) {
    Optional<List<Long>> granted = AllowedGroups.grant(user, group);
    if (granted.isEmpty()) {
      return user;
    }
    actions.add("group " + group.id() + " added to the allowed groups");
    return users.setAllowedGroups(user.id(), granted.get());
  }
}
