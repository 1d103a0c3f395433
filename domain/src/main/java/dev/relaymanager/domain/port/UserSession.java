package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.provider.DeleteOutcome;
import java.util.List;

/**
 * A host session as one ordinary user (user JWT), for the calls only a user may make: creating and
 * deleting their own keys (contract §9.3). Logging in happens on the first call; a host that does
 * not let the user log in (backend mode, Turnstile, 2FA) answers with {@link
 * dev.relaymanager.domain.shared.HostRejectedException} carrying the host's code.
 */
public interface UserSession {
  /** The user's keys; empty when none. */
  List<LiveUserKey> listKeys();

  /**
   * Creates a key bound to the group.
   *
   * @throws dev.relaymanager.domain.shared.HostRejectedException with code GROUP_NOT_ALLOWED when
   *     the user may not use the group (no active subscription, not allowed)
   */
  LiveUserKey createKey(String name, long groupId);

  /** Deletes one of the user's keys. */
  DeleteOutcome deleteKey(long keyId);
}
