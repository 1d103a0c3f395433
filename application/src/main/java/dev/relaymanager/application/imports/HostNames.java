package dev.relaymanager.application.imports;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.port.HostRepository;

/** The names operators know hosts by, for views that hold only a host id. */
final class HostNames {
  private final HostRepository hosts;

  HostNames(HostRepository hosts) {
    this.hosts = hosts;
  }

  /** The host's name, or its id when it was removed since. */
  String of(HostId id) {
    return hosts.findById(id).map(Host::name).map(n -> n.value()).orElse(id.value());
  }
}
