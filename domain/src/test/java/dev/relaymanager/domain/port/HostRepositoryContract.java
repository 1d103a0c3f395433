package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.host.HostFixtures.PROBED_AT;
import static dev.relaymanager.domain.host.HostFixtures.aHealthyHost;
import static dev.relaymanager.domain.host.HostFixtures.aLoginHost;
import static dev.relaymanager.domain.host.HostFixtures.aRegisteredHost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.AdminAuth;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.host.HostProbe;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.SecretReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link HostRepository} must do; the fake and each real adapter extend it. */
public abstract class HostRepositoryContract {
  private HostRepository hosts;

  /** A new, empty repository for one test. */
  protected abstract HostRepository newRepository();

  @BeforeEach
  final void createRepository() {
    hosts = newRepository();
  }

  @Test
  void an_added_host_is_found_by_name_and_by_id() {
    Host host = aRegisteredHost("h-1", "prod");

    hosts.add(host);

    assertSameHost(hosts.findByName(new HostName("prod")), host);
    assertSameHost(hosts.findById(new HostId("h-1")), host);
  }

  @Test
  void an_unknown_host_is_not_found_by_name_or_id() {
    hosts.add(aRegisteredHost("h-1", "prod"));

    Optional<Host> byName = hosts.findByName(new HostName("staging"));
    Optional<Host> byId = hosts.findById(new HostId("h-2"));

    assertThat(byName).isEmpty();
    assertThat(byId).isEmpty();
  }

  @Test
  void hosts_are_listed_ordered_by_name() {
    hosts.add(aRegisteredHost("h-1", "zeta"));
    hosts.add(aLoginHost("h-2", "alpha"));
    hosts.add(aHealthyHost("h-3", "mid"));

    var listed = hosts.list();

    assertThat(listed).extracting(h -> h.name().value()).containsExactly("alpha", "mid", "zeta");
  }

  @Test
  void listing_an_empty_repository_gives_no_hosts() {
    var listed = hosts.list();

    assertThat(listed).isEmpty();
  }

  @Test
  void a_login_host_keeps_its_email_and_password_reference() {
    Host host = aLoginHost("h-1", "ops");

    hosts.add(host);

    assertSameHost(hosts.findById(host.id()), host);
  }

  @Test
  void adding_a_second_host_with_the_same_name_is_a_conflict() {
    Host first = aRegisteredHost("h-1", "prod");
    hosts.add(first);

    assertThatThrownBy(() -> hosts.add(aLoginHost("h-2", "prod")))
        .isInstanceOf(ConflictException.class);

    assertThat(hosts.list()).hasSize(1);
    assertThat(hosts.findById(new HostId("h-2"))).isEmpty();
    assertSameHost(hosts.findByName(new HostName("prod")), first);
  }

  @Test
  void adding_a_second_host_with_the_same_id_is_a_conflict() {
    Host first = aRegisteredHost("h-1", "prod");
    hosts.add(first);

    assertThatThrownBy(() -> hosts.add(aLoginHost("h-1", "staging")))
        .isInstanceOf(ConflictException.class);

    assertThat(hosts.findByName(new HostName("staging"))).isEmpty();
    assertSameHost(hosts.findById(first.id()), first);
  }

  @Test
  void an_update_replaces_every_field() {
    hosts.add(aRegisteredHost("h-1", "prod"));
    Host changed =
        Host.restore(
            new HostId("h-1"),
            new HostName("prod-eu"),
            new BaseUrl("https://eu.relay.example.com/api"),
            new AdminAuth.Login(
                "root@example.com", SecretReference.parse("p", "file:/run/secrets/admin")),
            new ResourcePrefix("eu-"),
            Instant.parse("2026-10-01T08:00:00.123456789Z"),
            Instant.parse("2026-11-02T09:30:00.5Z"),
            Optional.of(healthy(bareCapabilities())));

    hosts.update(changed);

    assertSameHost(hosts.findById(changed.id()), changed);
    assertThat(hosts.findByName(new HostName("prod"))).isEmpty();
  }

  @Test
  void an_update_can_switch_a_login_host_to_an_api_key() {
    Host host = aLoginHost("h-1", "ops");
    hosts.add(host);
    Host switched =
        withAuth(host, new AdminAuth.ApiKey(SecretReference.parse("k", "env:OPS_ADMIN_KEY")));

    hosts.update(switched);

    assertSameHost(hosts.findById(host.id()), switched);
  }

  @Test
  void a_healthy_probe_keeps_version_latency_and_every_capability() {
    hosts.add(aRegisteredHost("h-1", "prod"));
    Host probed = aRegisteredHost("h-1", "prod").recordProbe(healthy(unusualCapabilities()));

    hosts.update(probed);

    Host found = hosts.findById(probed.id()).orElseThrow();
    assertSameHost(Optional.of(found), probed);
    assertThat(found.capabilities()).contains(unusualCapabilities());
  }

  @Test
  void an_unreachable_probe_keeps_its_detail() {
    hosts.add(aHealthyHost("h-1", "prod"));
    Host probed =
        aHealthyHost("h-1", "prod")
            .recordProbe(new HostProbe.Unreachable(PROBED_AT.plusSeconds(60), "connect timed out"));

    hosts.update(probed);

    Host found = hosts.findById(probed.id()).orElseThrow();
    assertSameHost(Optional.of(found), probed);
    assertThat(found.capabilities()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(HostRejectedException.Reason.class)
  void a_rejected_probe_keeps_its_reason_host_code_and_detail(HostRejectedException.Reason reason) {
    hosts.add(aRegisteredHost("h-1", "prod"));
    Host probed =
        aRegisteredHost("h-1", "prod")
            .recordProbe(new HostProbe.Rejected(PROBED_AT, reason, "SOME_CODE", "refused"));

    hosts.update(probed);

    Host found = hosts.findById(probed.id()).orElseThrow();
    assertSameHost(Optional.of(found), probed);
    assertThat(found.lastProbe())
        .map(HostProbe::status)
        .contains(probed.lastProbe().orElseThrow().status());
  }

  @Test
  void a_rejected_probe_without_a_host_code_keeps_it_empty() {
    hosts.add(aRegisteredHost("h-1", "prod"));
    Host probed =
        aRegisteredHost("h-1", "prod")
            .recordProbe(
                new HostProbe.Rejected(
                    PROBED_AT, HostRejectedException.Reason.AUTHENTICATION_FAILED, "", ""));

    hosts.update(probed);

    assertSameHost(hosts.findById(probed.id()), probed);
  }

  @Test
  void updating_an_unknown_host_is_not_found() {
    hosts.add(aRegisteredHost("h-1", "prod"));

    assertThatThrownBy(() -> hosts.update(aRegisteredHost("h-2", "staging")))
        .isInstanceOf(NotFoundException.class);

    assertThat(hosts.list()).extracting(h -> h.id().value()).containsExactly("h-1");
  }

  @Test
  void renaming_a_host_to_a_taken_name_is_a_conflict() {
    Host prod = aRegisteredHost("h-1", "prod");
    hosts.add(prod);
    hosts.add(aRegisteredHost("h-2", "staging"));

    assertThatThrownBy(() -> hosts.update(aHealthyHost("h-2", "prod")))
        .isInstanceOf(ConflictException.class);

    assertSameHost(hosts.findByName(new HostName("prod")), prod);
    assertSameHost(hosts.findById(new HostId("h-2")), aRegisteredHost("h-2", "staging"));
  }

  @Test
  void a_removed_host_is_gone() {
    hosts.add(aRegisteredHost("h-1", "prod"));
    hosts.add(aRegisteredHost("h-2", "staging"));

    hosts.remove(new HostId("h-1"));

    assertThat(hosts.findById(new HostId("h-1"))).isEmpty();
    assertThat(hosts.findByName(new HostName("prod"))).isEmpty();
    assertThat(hosts.list()).extracting(h -> h.id().value()).containsExactly("h-2");
  }

  @Test
  void removing_an_unknown_host_is_not_found() {
    hosts.add(aRegisteredHost("h-1", "prod"));

    assertThatThrownBy(() -> hosts.remove(new HostId("h-2"))).isInstanceOf(NotFoundException.class);

    assertThat(hosts.list()).hasSize(1);
  }

  @Test
  void a_removed_name_can_be_registered_again() {
    hosts.add(aRegisteredHost("h-1", "prod"));
    hosts.remove(new HostId("h-1"));
    Host again = aLoginHost("h-2", "prod");

    hosts.add(again);

    assertSameHost(hosts.findByName(new HostName("prod")), again);
  }

  private static void assertSameHost(Optional<Host> actual, Host expected) {
    assertThat(actual).isPresent();
    assertThat(actual.get()).usingRecursiveComparison().isEqualTo(expected);
  }

  private static HostProbe.Healthy healthy(HostCapabilities capabilities) {
    return new HostProbe.Healthy(
        PROBED_AT, new HostInspection("0.1.178-fork.2", capabilities, Duration.ofMillis(1250)));
  }

  /** No platform, and every flag the opposite of the fixture's. */
  private static HostCapabilities bareCapabilities() {
    return new HostCapabilities(false, false, false, false, Set.of(), true, true, true);
  }

  /** A mix of true and false flags, so that no two adjacent flags can be swapped unnoticed. */
  private static HostCapabilities unusualCapabilities() {
    return new HostCapabilities(
        true, false, true, false, Set.of("openai", "deepseek"), true, false, true);
  }

  private static Host withAuth(Host host, AdminAuth auth) {
    return Host.restore(
        host.id(),
        host.name(),
        host.baseUrl(),
        auth,
        host.prefix(),
        host.createdAt(),
        host.updatedAt(),
        host.lastProbe());
  }
}
