package dev.relaymanager.bootstrap;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.application.host.ListHosts;
import dev.relaymanager.application.host.ProbeHost;
import dev.relaymanager.application.host.RegisterHost;
import dev.relaymanager.application.host.RemoveHost;
import dev.relaymanager.application.host.ShowHost;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.SecretResolver;
import java.time.Clock;

/** The host use cases over one state file. */
public record HostWiring(
    RegisterHost registerHost,
    ListHosts listHosts,
    ShowHost showHost,
    ProbeHost probeHost,
    RemoveHost removeHost) {

  static HostWiring of(
      HostRepository hosts,
      HostSessions sessions,
      SecretResolver secrets,
      IdGenerator ids,
      Clock clock) {
    HostLookup lookup = new HostLookup(hosts);
    return new HostWiring(
        new RegisterHost(hosts, secrets, ids, clock),
        new ListHosts(hosts),
        new ShowHost(lookup),
        new ProbeHost(lookup, hosts, sessions, clock),
        new RemoveHost(lookup, hosts));
  }
}
