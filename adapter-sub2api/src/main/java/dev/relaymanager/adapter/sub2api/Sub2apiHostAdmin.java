package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.port.HostAdmin;
import java.time.Clock;
import java.util.Objects;

/**
 * An admin session on one sub2api host over its HTTP admin API; holds a JWT in memory when the host
 * uses an admin login. Safe for use by several threads.
 */
public final class Sub2apiHostAdmin implements HostAdmin {
  private final HostId hostId;
  private final HostTransport transport;
  private final HostInspector inspector;

  Sub2apiHostAdmin(
      HostId hostId, HostTransport transport, AdminApi api, HostJson json, Clock clock) {
    this.hostId = Objects.requireNonNull(hostId, "hostId");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.inspector = new HostInspector(transport, api, json, clock);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Steps: {@code GET /health}; {@code GET /api/v1/admin/system/version} (timed); then the
   * probes of contract §3. The only writes are group and key creations that the host must refuse.
   */
  @Override
  public HostInspection inspect() {
    return inspector.inspect();
  }

  @Override
  public String toString() {
    return "Sub2apiHostAdmin[host=" + hostId.value() + ", url=" + transport.baseUrl() + "]";
  }
}
