package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.HostAccess;

/** Opens admin sessions against sub2api hosts. */
public interface HostConnector {
  /**
   * An admin session on the host described by {@code access}. Opening does no I/O; the first call
   * authenticates.
   */
  HostAdmin connect(HostAccess access);
}
