package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Objects;

/** Finds a registered host by the name an operator typed. */
public final class HostLookup {
  private final HostRepository hosts;

  public HostLookup(HostRepository hosts) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
  }

  /**
   * The host called {@code name}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if {@code name} is not a host name
   * @throws NotFoundException if no such host is registered
   */
  public Host byName(String name) {
    HostName hostName = new HostName(name);
    return hosts.findByName(hostName).orElseThrow(() -> new NotFoundException("host", name));
  }

  /**
   * The host with this id: a record's own host.
   *
   * @throws NotFoundException if it was removed
   */
  public Host byId(HostId id) {
    return hosts.findById(id).orElseThrow(() -> new NotFoundException("host", id.value()));
  }
}
