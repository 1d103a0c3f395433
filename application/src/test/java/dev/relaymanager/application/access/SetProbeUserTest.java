package dev.relaymanager.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SetProbeUserTest {
  private final AccessWorld world = new AccessWorld();
  private final InMemoryHostRepository hosts = new InMemoryHostRepository();

  @Test
  void stores_the_email_and_the_reference_never_the_password() {
    hosts.add(world.host);

    SetProbeUser.ProbeUserView view =
        new SetProbeUser(hosts, world.probeUsers, world.secrets)
            .execute(SetProbeUser.Command.parse("prod", " Probe@Example.com ", "env:PROBE_PW"));

    assertThat(view)
        .isEqualTo(new SetProbeUser.ProbeUserView("prod", "probe@example.com", "env:PROBE_PW"));
    assertThat(world.probeUsers.find(world.host.id()).get().toString())
        .doesNotContain(AccessWorld.PROBE_PASSWORD);
  }

  @Test
  void an_unreadable_password_reference_is_refused() {
    hosts.add(world.host);

    assertThatThrownBy(
            () ->
                new SetProbeUser(hosts, world.probeUsers, world.secrets)
                    .execute(SetProbeUser.Command.parse("prod", "p@example.com", "env:MISSING")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("env:MISSING");
  }

  @Test
  void every_bad_field_is_reported_at_once() {
    assertThatThrownBy(() -> SetProbeUser.Command.parse("prod", "not-an-email", "hunter2"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.violations()).hasSize(2))
        .hasMessageNotContaining("hunter2");
  }
}
