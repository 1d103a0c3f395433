package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.HostInspection;

/**
 * The admin API of one sub2api host, as the manager needs it. Every method may throw {@link
 * dev.relaymanager.domain.shared.HostUnreachableException} (transport failure or timeout) and
 * {@link dev.relaymanager.domain.shared.HostRejectedException} (credentials refused, compliance
 * acknowledgement pending, request refused).
 */
public interface HostAdmin {
  /**
   * Checks liveness and the admin credentials, then detects capabilities route by route (contract
   * §3). Never creates anything on the host.
   */
  HostInspection inspect();
}
