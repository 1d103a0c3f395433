package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.AllowedGroups;
import dev.relaymanager.domain.access.BalanceTopUp;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ProbeNames;
import dev.relaymanager.domain.batch.IntentKind;
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
      ClosureWrites writes) {
    long groupId = target.groupId(mode);
    if (mode == ImportMode.SUBSCRIPTION) {
      subscribe(target, users, user, groupId, writes);
      return user;
    }
    LiveGroup group =
        admin
            .findGroup(groupId)
            .orElseThrow(() -> new NotFoundException("group", Long.toString(groupId)));
    return allow(users, topUp(target, users, user, writes), group, writes);
  }

  /** Subscribes {@code user} to the group unless an active subscription exists. */
  static void subscribe(
      AccessTarget target, HostUsers users, LiveUser user, long groupId, ClosureWrites writes) {
    Optional<LiveSubscription> active =
        users.findSubscriptions(user.id(), groupId).stream()
            .filter(LiveSubscription::isActive)
            .findFirst();
    String name = target.names().group(ImportMode.SUBSCRIPTION);
    if (active.isPresent()) {
      writes.found(IntentKind.CREATE_SUBSCRIPTION, name, active.get().id());
      writes.note("subscription reused");
      return;
    }
    writes.create(
        IntentKind.CREATE_SUBSCRIPTION,
        name,
        () ->
            users.assignSubscription(
                user.id(),
                groupId,
                target.spec().group().subscription().validityDays(),
                ProbeNames.subscriptionNotes(target.names())),
        LiveSubscription::id);
    writes.note("subscription assigned");
  }

  private static LiveUser topUp(
      AccessTarget target, HostUsers users, LiveUser user, ClosureWrites writes) {
    Optional<BalanceTopUp> topUp =
        BalanceTopUp.toReach(
            user, target.spec().group().selfService().initialBalanceUsd(), target.provider().id());
    if (topUp.isEmpty()) {
      writes.note("balance sufficient");
      return user;
    }
    writes.note("balance raised by " + topUp.get().amountUsd().toPlainString() + " USD");
    return writes.change(
        IntentKind.TOP_UP_BALANCE,
        user.email(),
        () ->
            users.addBalance(
                user.id(),
                topUp.get().amountUsd(),
                ProbeNames.balanceNotes(target.names()),
                topUp.get().key()),
        LiveUser::id);
  }

  private static LiveUser allow(
      HostUsers users, LiveUser user, LiveGroup group, ClosureWrites writes) {
    Optional<List<Long>> granted = AllowedGroups.grant(user, group);
    if (granted.isEmpty()) {
      return user;
    }
    writes.note("group " + group.id() + " added to the allowed groups");
    return writes.change(
        IntentKind.UPDATE_USER,
        user.email(),
        () -> users.setAllowedGroups(user.id(), granted.get()),
        LiveUser::id);
  }
}
