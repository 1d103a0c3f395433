package dev.relaymanager.domain.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostTest {

  @Test
  void a_registered_host_has_no_probe_and_no_capabilities() {
    Host host = HostFixtures.aRegisteredHost("h1", "prod");

    assertThat(host.lastProbe()).isEmpty();
    assertThat(host.capabilities()).isEmpty();
  }

  @Test
  void a_healthy_probe_exposes_the_capabilities_and_moves_updated_at() {
    Host host = HostFixtures.aHealthyHost("h1", "prod");

    assertThat(host.capabilities()).hasValueSatisfying(c -> assertThat(c.channels()).isTrue());
    assertThat(host.updatedAt()).isEqualTo(HostFixtures.PROBED_AT);
    assertThat(host.createdAt()).isEqualTo(HostFixtures.REGISTERED_AT);
  }

  @Test
  void a_later_rejected_probe_replaces_the_capabilities() {
    Host healthy = HostFixtures.aHealthyHost("h1", "prod");
    Instant later = HostFixtures.PROBED_AT.plusSeconds(60);

    Host rejected =
        healthy.recordProbe(
            new HostProbe.Rejected(
                later,
                HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED,
                "ADMIN_COMPLIANCE_ACK_REQUIRED",
                "host requires compliance acknowledgement"));

    assertThat(rejected.capabilities()).isEmpty();
    assertThat(rejected.lastProbe())
        .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo("compliance_required"));
  }

  @Test
  void host_names_are_slugs() {
    assertThatThrownBy(() -> new HostName("Prod Host")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new HostName("-prod")).isInstanceOf(InvalidInputException.class);
    assertThat(new HostName("prod-2").value()).isEqualTo("prod-2");
  }

  @Test
  void prefixes_end_with_a_dash_and_avoid_private() {
    assertThatThrownBy(() -> new ResourcePrefix("rm")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ResourcePrefix("private-"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new ResourcePrefix("ops2-").value()).isEqualTo("ops2-");
  }
}
