package dev.relaymanager.adapter.http;

import dev.relaymanager.application.host.ListHosts;
import dev.relaymanager.application.host.ProbeHost;
import dev.relaymanager.application.host.RegisterHost;
import dev.relaymanager.application.host.RemoveHost;
import dev.relaymanager.application.host.ShowHost;
import java.util.Objects;

/** The host use cases that the {@code /api/hosts} routes call. */
public record HostUseCases(
    RegisterHost register, ListHosts list, ShowHost show, ProbeHost probe, RemoveHost remove) {
  public HostUseCases {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(show, "show");
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(remove, "remove");
  }
}
