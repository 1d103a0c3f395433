package dev.relaymanager.application.host;

import dev.relaymanager.domain.port.HostRepository;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lists every registered host with its last probe result. */
public final class ListHosts {
  private final HostRepository hosts;

  public ListHosts(HostRepository hosts) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
  }

  /** All hosts ordered by name; empty when none is registered. */
  public List<HostView> execute() {
    return hosts.list().stream().map(HostView::of).collect(Collectors.toList());
  }
}
