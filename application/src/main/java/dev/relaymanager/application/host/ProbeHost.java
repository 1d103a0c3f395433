package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.host.HostProbe;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes a host (liveness, admin credentials, version, capabilities, latency) and stores the
 * outcome on it, whatever the outcome is.
 */
public final class ProbeHost {
  private static final Logger LOG = LoggerFactory.getLogger(ProbeHost.class);

  private final HostLookup lookup;
  private final HostRepository hosts;
  private final HostSessions sessions;
  private final Clock clock;

  public ProbeHost(HostLookup lookup, HostRepository hosts, HostSessions sessions, Clock clock) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.hosts = Objects.requireNonNull(hosts, "hosts");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Probes the host called {@code name}; the returned view's {@code last_probe} says how it went.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if there is no such host
   * @throws dev.relaymanager.domain.shared.InvalidInputException if its secret cannot be read
   */
  public HostView execute(String name) {
    Host host = lookup.byName(name);
    HostProbe probe = probe(host);
    Host probed = host.recordProbe(probe);
    hosts.update(probed);
    LOG.info("probed host {}: {}", host.name(), probe.status());
    return HostView.of(probed);
  }

  private HostProbe probe(Host host) {
    var admin = sessions.open(host);
    try {
      HostInspection inspection = admin.inspect();
      return new HostProbe.Healthy(clock.instant(), inspection);
    } catch (HostUnreachableException e) {
      return new HostProbe.Unreachable(clock.instant(), e.getMessage());
    } catch (HostRejectedException e) {
      return new HostProbe.Rejected(clock.instant(), e.reason(), e.hostCode(), e.getMessage());
    }
  }
}
