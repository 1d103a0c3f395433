package dev.relaymanager.application.access;

import dev.relaymanager.application.imports.BatchJournal;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.provider.ImportMode;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes one mode's access to a provider for the host's probe user: the user (created once,
 * marked), the group's subscription (an active one reused) or enough balance and the group's grant,
 * and a key with a deterministic name bound to the group. Returns the key in memory for the
 * verification and which objects it created or found; the import's access step runs it with the
 * batch's journal, then {@link CheckAccess}.
 */
public final class CloseAccess {
  private static final Logger LOG = LoggerFactory.getLogger(CloseAccess.class);

  private final AccessSessions sessions;

  public CloseAccess(AccessSessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /** Which provider and mode to close. */
  public record Command(AccessTarget target, ImportMode mode) {
    public Command {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * Closes the access.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the host has no probe user, its
   *     password cannot be read, the provider has no group of the mode, or the manager cannot log
   *     in as the user (backend mode, Turnstile, 2FA: the operator must pass a key)
   * @throws dev.relaymanager.domain.shared.HostRejectedException if the host refuses a step
   * @throws dev.relaymanager.domain.shared.HostUnreachableException if the host cannot be reached
   */
  public ClosedAccess execute(Command command) {
    return execute(command, ClosureWrites.unjournaled());
  }

  /**
   * Closes the access, each host write going through {@code writes} (an import batch's journal).
   * Throws like {@link #execute(Command)}.
   */
  public ClosedAccess execute(Command command, ClosureWrites writes) {
    AccessTarget target = command.target();
    ImportMode mode = command.mode();
    long groupId = target.groupId(mode);
    ProbeUser probe = sessions.probeUser(target.host());
    HostUsers users = sessions.users(target.host());
    LiveUser user = ProbeUsers.ensure(users, probe, sessions.password(probe), writes);
    ModeGrants.grant(target, mode, users, sessions.admin(target.host()), user, writes);
    LiveUserKey key = ProbeKeys.ensure(target, mode, sessions, users, user, writes);
    LOG.info("closed {} access of {}: {}", mode.wireName(), target.label(), writes.actions());
    return new ClosedAccess(
        new AccessSetup(
            target.label(),
            mode.wireName(),
            user.id(),
            groupId,
            key.name(),
            key.key().fingerprint().shortForm(),
            writes.actions()),
        writes.objects(),
        key.key());
  }

  /** Settles the closure writes {@code journal}'s batch left pending, from the host (resume). */
  void settlePending(AccessTarget target, BatchJournal journal) {
    new PendingClosure(sessions.users(target.host()), target, journal).settle();
  }
}
