package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostId;
import java.util.Optional;

/**
 * Stores each host's probe user: its email and the reference to its password, never the password.
 */
public interface ProbeUserRepository {
  /**
   * Sets or replaces the probe user of {@code user.hostId()} in one transaction.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the host is not registered
   */
  void save(ProbeUser user);

  /** The probe user of the host, or empty when none is set. */
  Optional<ProbeUser> find(HostId host);

  /** Forgets the probe user of the host; does nothing when none is set. */
  void remove(HostId host);
}
