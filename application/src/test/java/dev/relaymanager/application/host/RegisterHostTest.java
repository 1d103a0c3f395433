package dev.relaymanager.application.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.port.SequentialIdGenerator;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegisterHostTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private final InMemoryHostRepository hosts = new InMemoryHostRepository();
  private final MapSecretResolver secrets =
      new MapSecretResolver().with("env:SIM_ADMIN_KEY", "admin-" + "a".repeat(64));
  private final RegisterHost registerHost =
      new RegisterHost(
          hosts, secrets, new SequentialIdGenerator(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void registering_stores_the_reference_and_never_the_secret() {
    var command =
        RegisterHost.Command.parse(
            "prod", "http://127.0.0.1:9000/", "env:SIM_ADMIN_KEY", null, null, null);

    HostView view = registerHost.execute(command);

    assertThat(view.name()).isEqualTo("prod");
    assertThat(view.url()).isEqualTo("http://127.0.0.1:9000");
    assertThat(view.secretRef()).isEqualTo("env:SIM_ADMIN_KEY");
    assertThat(view.prefix()).isEqualTo("rm-");
    assertThat(view.createdAt()).isEqualTo(NOW);
    assertThat(view.lastProbe()).isNull();
    assertThat(hosts.list()).singleElement().hasToString("Host[prod http://127.0.0.1:9000]");
  }

  @Test
  void every_problem_of_the_input_is_reported_at_once() {
    assertThatThrownBy(
            () -> RegisterHost.Command.parse("Bad Name", "ftp://x", null, null, null, "nodash"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactlyInAnyOrder("name", "url", "admin_auth", "prefix"));
  }

  @Test
  void a_login_needs_both_email_and_password_reference() {
    assertThatThrownBy(
            () ->
                RegisterHost.Command.parse("prod", "http://h", null, "ops@example.com", null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("admin_password_ref"));
  }

  @Test
  void an_unreadable_secret_reference_writes_nothing() {
    var command =
        RegisterHost.Command.parse("prod", "http://h", "env:NOT_SET_ANYWHERE", null, null, null);

    assertThatThrownBy(() -> registerHost.execute(command))
        .isInstanceOf(InvalidInputException.class);

    assertThat(hosts.list()).isEmpty();
  }

  @Test
  void a_second_host_with_the_same_name_is_a_conflict_and_writes_nothing() {
    registerHost.execute(
        RegisterHost.Command.parse("prod", "http://a", "env:SIM_ADMIN_KEY", null, null, null));

    assertThatThrownBy(
            () ->
                registerHost.execute(
                    RegisterHost.Command.parse(
                        "prod", "http://b", "env:SIM_ADMIN_KEY", null, null, null)))
        .isInstanceOf(ConflictException.class);

    assertThat(hosts.list())
        .singleElement()
        .extracting(h -> h.baseUrl().value())
        .isEqualTo("http://a");
  }
}
