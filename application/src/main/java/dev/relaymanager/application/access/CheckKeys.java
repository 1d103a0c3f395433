package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.KeyBinding;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.Secret;
import java.util.Optional;

/**
 * Finds the key a check runs with, creating nothing: the probe user's key of the mode, or the
 * operator's key, whose group binding is checked against the keys of the mode's group.
 */
final class CheckKeys {
  private final AccessSessions sessions;
  private final ProbeUserRepository probeUsers;

  CheckKeys(AccessSessions sessions, ProbeUserRepository probeUsers) {
    this.sessions = sessions;
    this.probeUsers = probeUsers;
  }

  /** The probe user's key of {@code mode}, if it exists and is bound to the mode's group. */
  UserKey probeKey(AccessTarget target, ImportMode mode) {
    ProbeUser probe = sessions.probeUser(target.host());
    HostUsers users = sessions.users(target.host());
    Optional<LiveUser> user = users.findUserByEmail(probe.email().value());
    if (user.isEmpty()) {
      return new UserKey.Unusable(
          KeyBinding.missing("the probe user '" + probe.email() + "' does not exist on the host"));
    }
    Optional<LiveUserKey> key = ProbeKeys.find(target, mode, users, user.get());
    if (key.isEmpty()) {
      return new UserKey.Unusable(
          KeyBinding.missing("the probe user has no key for " + mode.wireName()));
    }
    return bound(key.get(), target.groupId(mode), key.get().key());
  }

  /**
   * The operator's key: usable when it is among the keys bound to the mode's group; otherwise
   * refused as bound elsewhere, unless the gateway rejects it (then the check says so).
   */
  UserKey givenKey(AccessTarget target, ImportMode mode, Secret given) {
    long groupId = target.groupId(mode);
    HostUsers users = sessions.users(target.host());
    if (users.listGroupKeys(groupId).stream().anyMatch(k -> k.key().sameAs(given))) {
      return new UserKey.Usable(given);
    }
    Optional<LiveUserKey> probeKey = probeUsersKey(target, users, given);
    if (probeKey.isPresent()) {
      return bound(probeKey.get(), groupId, given);
    }
    ModelListing listing = sessions.gateway(target.host()).listModels(given);
    return listing instanceof ModelListing.Refused
        ? new UserKey.Usable(given)
        : new UserKey.Unusable(KeyBinding.notInGroup(groupId));
  }

  /** The probe user's key that is {@code given}, which names the key and its group. */
  private Optional<LiveUserKey> probeUsersKey(AccessTarget target, HostUsers users, Secret given) {
    return probeUsers
        .find(target.host().id())
        .flatMap(p -> users.findUserByEmail(p.email().value()))
        .flatMap(
            u ->
                users.listUserKeys(u.id()).stream().filter(k -> k.key().sameAs(given)).findFirst());
  }

  private static UserKey bound(LiveUserKey key, long groupId, Secret secret) {
    return KeyBinding.mismatch(key, groupId)
        .<UserKey>map(UserKey.Unusable::new)
        .orElseGet(() -> new UserKey.Usable(secret));
  }
}
