package dev.relaymanager.application.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProbeHostTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private final InMemoryHostRepository hosts = new InMemoryHostRepository();
  private final InMemoryHostConnector connector = new InMemoryHostConnector();
  private final MapSecretResolver secrets =
      new MapSecretResolver().with("env:SIM_ADMIN_KEY", "admin-" + "b".repeat(64));
  private final ProbeHost probeHost =
      new ProbeHost(
          new HostLookup(hosts),
          hosts,
          new HostSessions(connector, secrets),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_healthy_probe_is_stored_with_version_capabilities_and_latency() {
    hosts.add(HostFixtures.aRegisteredHost("h1", "prod"));
    connector.answering(
        new HostInspection(
            "0.1.190", HostFixtures.aModernHostsCapabilities(), Duration.ofMillis(37)));

    HostView view = probeHost.execute("prod");

    assertThat(view.lastProbe().status()).isEqualTo("healthy");
    assertThat(view.lastProbe().version()).isEqualTo("0.1.190");
    assertThat(view.lastProbe().latencyMs()).isEqualTo(37L);
    assertThat(view.lastProbe().checkedAt()).isEqualTo(NOW);
    assertThat(hosts.list().get(0).capabilities()).isPresent();
  }

  @Test
  void the_admin_key_is_resolved_at_use_time_and_handed_only_to_the_connector() {
    hosts.add(HostFixtures.aRegisteredHost("h1", "prod"));
    connector.answering(
        new HostInspection("0.1.190", HostFixtures.aModernHostsCapabilities(), Duration.ZERO));

    probeHost.execute("prod");

    assertThat(connector.connections())
        .singleElement()
        .satisfies(a -> assertThat(a.credentials()).isInstanceOf(AdminCredentials.ApiKey.class));
  }

  @Test
  void an_unreachable_host_is_recorded_as_unreachable() {
    hosts.add(HostFixtures.aHealthyHost("h1", "prod"));
    connector.answerWith(new HostUnreachableException("connection refused"));

    HostView view = probeHost.execute("prod");

    assertThat(view.lastProbe().status()).isEqualTo("unreachable");
    assertThat(view.lastProbe().reachable()).isFalse();
    assertThat(hosts.list().get(0).capabilities()).isEmpty();
  }

  @Test
  void a_rejected_admin_key_is_recorded_with_the_host_code() {
    hosts.add(HostFixtures.aRegisteredHost("h1", "prod"));
    connector.answerWith(
        new HostRejectedException(
            HostRejectedException.Reason.AUTHENTICATION_FAILED,
            401,
            "INVALID_ADMIN_KEY",
            "the host refused the admin credentials"));

    HostView view = probeHost.execute("prod");

    assertThat(view.lastProbe().status()).isEqualTo("rejected");
    assertThat(view.lastProbe().hostCode()).isEqualTo("INVALID_ADMIN_KEY");
  }

  @Test
  void probing_an_unknown_host_is_not_found() {
    assertThatThrownBy(() -> probeHost.execute("nope")).isInstanceOf(NotFoundException.class);
  }
}
