package dev.relaymanager.application.access;

import dev.relaymanager.application.rollback.UserSideObjects;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.port.UserSession;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The probe user's objects for a rollback: the users the batches hold read back by email, their
 * keys and their subscriptions of the batches' groups; the key deleted as the user (contract §13),
 * the subscription revoked and the user deleted through the admin API.
 */
public final class ProbeUserObjects implements UserSideObjects {
  private final AccessSessions sessions;

  public ProbeUserObjects(AccessSessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public LiveState readBack(Host host, List<ImportBatch> batches, LiveState adminPart) {
    List<Intent> userCreates = doneCreates(batches, HostObjectKind.USER);
    if (userCreates.isEmpty()) {
      return adminPart;
    }
    HostUsers users = sessions.users(host);
    Set<Long> userIds = userCreates.stream().map(Intent::hostObjectId).collect(Collectors.toSet());
    List<LiveUser> live =
        userCreates.stream()
            .map(Intent::target)
            .distinct()
            .flatMap(email -> users.findUserByEmail(email).stream())
            .filter(u -> userIds.contains(u.id()))
            .toList();
    Set<Long> groupIds =
        doneCreates(batches, HostObjectKind.GROUP).stream()
            .map(Intent::hostObjectId)
            .collect(Collectors.toCollection(TreeSet::new));
    List<LiveSubscription> subscriptions = new ArrayList<>();
    List<LiveUserKey> keys = new ArrayList<>();
    for (LiveUser user : live) {
      groupIds.forEach(g -> subscriptions.addAll(users.findSubscriptions(user.id(), g)));
      keys.addAll(users.listUserKeys(user.id()));
    }
    return new LiveState(
        adminPart.groups(), adminPart.channels(), adminPart.accounts(), live, subscriptions, keys);
  }

  @Override
  public Supplier<DeleteOutcome> deleteCall(Host host, HostObjectKind kind, long id) {
    switch (kind) {
      case USER_KEY:
        UserSession session = userSession(host);
        return () -> session.deleteKey(id);
      case SUBSCRIPTION:
        return () -> sessions.users(host).revokeSubscription(id);
      case USER:
        return () -> sessions.users(host).deleteUser(id);
      default:
        throw new IllegalArgumentException("not one of the probe user's objects: " + kind);
    }
  }

  // Only the user may delete its keys; refused before recording when it cannot log in.
  private UserSession userSession(Host host) {
    ProbeUser probe = sessions.probeUser(host);
    if (host.capabilities().map(HostCapabilities::backendMode).orElse(false)) {
      throw InvalidInputException.of(
          "probe_user", "host '" + host.name() + "' is in backend mode: users cannot log in");
    }
    return sessions.session(host, probe);
  }

  private static List<Intent> doneCreates(List<ImportBatch> batches, HostObjectKind kind) {
    return batches.stream()
        .flatMap(b -> b.intents().stream())
        .filter(i -> i.kind().isCreate() && i.kind().object() == kind)
        .filter(i -> i.state() == IntentState.DONE)
        .toList();
  }
}
