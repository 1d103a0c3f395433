package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.port.StorageFixtures.DEEPSEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.application.access.SetProbeUser;
import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.access.AccessEvidence;
import dev.relaymanager.domain.access.AccessFixtures;
import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How probe users and access checks lie in the file, and that no password ever reaches it. */
class AccessStorageTest {
  private static final String PASSWORD = "probe-pw-5d41402abc4b2a76-never-stored";
  private static final Instant SAVED_AT = Instant.parse("2026-11-21T11:00:00.000000042Z");

  @TempDir Path directory;
  private SqliteDatabase database;
  private JdbiProbeUserRepository probeUsers;
  private JdbiAccessClosureRepository closures;

  @BeforeEach
  void openStateFile() {
    database = StoredParents.withHostsAndProviders(directory.resolve("state.db"));
    probeUsers = new JdbiProbeUserRepository(database, Clock.fixed(SAVED_AT, ZoneOffset.UTC));
    closures = new JdbiAccessClosureRepository(database);
  }

  @Test
  void the_file_holds_the_password_reference_and_never_the_resolved_password() throws IOException {
    SecretResolver resolver =
        reference -> {
          if (!reference.toString().equals("env:PROBE_PW")) {
            throw InvalidInputException.of("password_ref", reference + " is not set");
          }
          return Secret.of(PASSWORD);
        };
    SetProbeUser setProbeUser =
        new SetProbeUser(new JdbiHostRepository(database), probeUsers, resolver);

    setProbeUser.execute(SetProbeUser.Command.parse("prod", "probe@example.com", "env:PROBE_PW"));

    String everyByte = StateFiles.everyByte(directory);
    assertThat(everyByte).contains("env:PROBE_PW").contains("probe@example.com");
    assertThat(everyByte).doesNotContain(PASSWORD);
  }

  @Test
  void a_probe_user_is_one_row_stamped_with_the_time_of_its_save() throws SQLException {
    setProbeUserOf("h-1");

    assertThat(
            RawSql.texts(
                database,
                "SELECT host_id || '|' || password_ref || '|' || updated_at FROM probe_users"))
        .containsExactly("h-1|env:PROBE_PW|2026-11-21T11:00:00.000000042Z");
  }

  @Test
  void removing_a_host_forgets_its_probe_user() {
    setProbeUserOf("h-2");

    new JdbiHostRepository(database).remove(new HostId("h-2"));

    assertThat(probeUsers.find(new HostId("h-2"))).isEmpty();
  }

  @Test
  void each_checked_mode_is_a_row_with_wire_names_a_json_array_and_exact_nanoseconds()
      throws SQLException {
    closures.save(
        AccessClosure.start(DEEPSEEK.id())
            .record(AccessFixtures.aReadyCheck(ImportMode.SUBSCRIPTION))
            .record(AccessFixtures.aBrokenCheck(ImportMode.SELF_SERVICE)));

    List<String> rows =
        RawSql.texts(
            database,
            """
            SELECT mode || '|' || verdict || '|' || ifnull(failure_class, '-') || '|'
                   || ifnull(json_extract(host_codes, '$[0]'), '-') || '|' || latency_nanos
            FROM access_closures ORDER BY mode
            """);

    assertThat(rows)
        .containsExactly(
            "self_service|failed|access_not_closed|INSUFFICIENT_BALANCE|5000000",
            "subscription|ready|-|-|300000000");
  }

  @Test
  void a_status_below_the_not_called_sentinel_is_a_conflict_and_keeps_the_stored_closure() {
    AccessClosure stored =
        AccessClosure.start(DEEPSEEK.id())
            .record(AccessFixtures.aReadyCheck(ImportMode.SUBSCRIPTION));
    closures.save(stored);
    AccessEvidence impossible =
        new AccessEvidence(-2, false, 0, -1, "", -1, List.of(), Duration.ZERO);
    Verdict failed = new Verdict.Failed(FailureClass.NETWORK_ERROR, "", "");
    AccessClosure broken =
        stored.record(new AccessCheck(ImportMode.SELF_SERVICE, SAVED_AT, impossible, failed));

    assertThatThrownBy(() -> closures.save(broken))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("access closure of provider p-1");

    assertThat(closures.find(DEEPSEEK.id()).orElseThrow().lastChecks())
        .isEqualTo(stored.lastChecks());
  }

  private void setProbeUserOf(String host) {
    probeUsers.save(
        new ProbeUser(
            new HostId(host),
            new EmailAddress("probe@example.com"),
            SecretReference.parse("password_ref", "env:PROBE_PW")));
  }
}
