package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ProbeKeyPlan;
import dev.relaymanager.domain.access.ProbeNames;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.port.UserSession;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Optional;

/**
 * The probe user's key of one provider and mode, by its deterministic name: read through the admin
 * API (the host returns the full key; it stays in memory), rebound there, or created as the user.
 */
final class ProbeKeys {
  /** The host code of a refused key binding; any other refusal of the session is its login. */
  private static final String GROUP_NOT_ALLOWED = "GROUP_NOT_ALLOWED";

  private ProbeKeys() {}

  /** The key with the deterministic name, whatever its binding, or empty. */
  static Optional<LiveUserKey> find(
      AccessTarget target, ImportMode mode, HostUsers users, LiveUser user) {
    return ProbeKeyPlan.find(
        users.listUserKeys(user.id()),
        ProbeNames.keyName(target.names(), mode),
        target.groupId(mode));
  }

  /** The key bound to the mode's group; {@code writes} learns what was done. */
  static LiveUserKey ensure(
      AccessTarget target,
      ImportMode mode,
      AccessSessions sessions,
      HostUsers users,
      LiveUser user,
      ClosureWrites writes) {
    long groupId = target.groupId(mode);
    String name = ProbeNames.keyName(target.names(), mode);
    ProbeKeyPlan plan = ProbeKeyPlan.choose(users.listUserKeys(user.id()), name, groupId);
    if (plan instanceof ProbeKeyPlan.Use) {
      LiveUserKey key = ((ProbeKeyPlan.Use) plan).key();
      writes.found(IntentKind.CREATE_USER_KEY, name, key.id());
      writes.note("key reused");
      return key;
    }
    if (plan instanceof ProbeKeyPlan.Rebind rebind) {
      return rebound(rebind.key().id(), name, groupId, users, writes);
    }
    return createdAsUser(target, name, groupId, sessions, writes);
  }

  private static LiveUserKey rebound(
      long keyId, String name, long groupId, HostUsers users, ClosureWrites writes) {
    writes.found(IntentKind.CREATE_USER_KEY, name, keyId);
    writes.note("key rebound to group " + groupId);
    return writes.change(
        IntentKind.UPDATE_USER_KEY,
        name,
        () -> users.rebindUserKey(keyId, groupId),
        LiveUserKey::id);
  }

  /**
   * Only a user may create their own keys (contract §9.3), so this needs the probe user to log in.
   */
  private static LiveUserKey createdAsUser(
      AccessTarget target,
      String name,
      long groupId,
      AccessSessions sessions,
      ClosureWrites writes) {
    ProbeUser probe = sessions.probeUser(target.host());
    refuseWithoutUserLogins(target.host(), probe, groupId, "backend mode");
    UserSession session = sessions.session(target.host(), probe);
    try {
      LiveUserKey created =
          writes.create(
              IntentKind.CREATE_USER_KEY,
              name,
              () -> session.createKey(name, groupId),
              LiveUserKey::id);
      writes.note("key created");
      return created;
    } catch (HostRejectedException e) {
      if (e.hostCode().equals(GROUP_NOT_ALLOWED)) {
        throw e;
      }
      throw cannotLogIn(target.host(), probe, groupId, e.hostCode());
    }
  }

  private static void refuseWithoutUserLogins(
      Host host, ProbeUser probe, long groupId, String why) {
    if (host.capabilities().map(HostCapabilities::backendMode).orElse(false)) {
      throw cannotLogIn(host, probe, groupId, why);
    }
  }

  private static InvalidInputException cannotLogIn(
      Host host, ProbeUser probe, long groupId, String why) {
    return InvalidInputException.of(
        "probe_user",
        "the manager cannot log in as '"
            + probe.email()
            + "' on host '"
            + host.name()
            + "' ("
            + why
            + "): hosts in backend mode or with Turnstile or 2FA block user logins, so create a"
            + " key for that user bound to group "
            + groupId
            + " and pass it with --key-file or --key-env (or check the probe password reference)");
  }
}
