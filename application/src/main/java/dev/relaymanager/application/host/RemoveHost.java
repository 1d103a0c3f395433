package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.port.HostRepository;
import java.util.Objects;

/** Forgets a registered host; nothing on the host itself is touched. */
public final class RemoveHost {
  private final HostLookup lookup;
  private final HostRepository hosts;

  public RemoveHost(HostLookup lookup, HostRepository hosts) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.hosts = Objects.requireNonNull(hosts, "hosts");
  }

  /**
   * Removes the host called {@code name} and returns what it was.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if there is none
   * @throws dev.relaymanager.domain.shared.ConflictException if imports still refer to it
   */
  public HostView execute(String name) {
    Host host = lookup.byName(name);
    hosts.remove(host.id());
    return HostView.of(host);
  }
}
