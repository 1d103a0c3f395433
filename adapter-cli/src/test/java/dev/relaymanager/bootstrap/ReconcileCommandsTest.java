package dev.relaymanager.bootstrap;

import static dev.relaymanager.bootstrap.ImportFixture.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandsTest {
  private final ObjectMapper mapper = JsonMapperFactory.create();
  @TempDir Path directory;
  private ImportFixture world;
  private String provider;

  @BeforeEach
  void importOneKey() throws IOException {
    world = new ImportFixture(directory);
    CliRun.Result applied = world.apply(world.keysFile("keys.txt", KEY_A), "--yes", "--json");
    provider = mapper.readTree(applied.out()).get("provider_id").asText();
  }

  @Test
  void a_fresh_import_is_in_sync_for_its_provider_and_its_host() {
    CliRun.Result byProvider = world.cli.run("reconcile", "--provider", provider);
    CliRun.Result byHost = world.cli.run("reconcile", "--host", "sim");

    assertThat(byProvider.exitCode()).as(byProvider.err()).isZero();
    assertThat(byProvider.out()).contains("provider " + provider, ": in_sync (0 finding(s))");
    assertThat(byHost.exitCode()).as(byHost.err()).isZero();
    assertThat(byHost.out()).contains("host sim", "in_sync");
  }

  @Test
  void a_deleted_account_is_a_missing_finding_in_a_table_and_exits_1() {
    long account = world.cli.connector.host().objects().accounts().get(0).id();
    world.cli.connector.host().deleteAccount(account);

    CliRun.Result result = world.cli.run("reconcile", "--provider", provider);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("drifted", "CODE", "KIND", "HOST_ID", "HINT", "missing", "account");
  }

  @Test
  void repair_with_yes_prints_one_json_list_whose_after_report_is_in_sync() throws IOException {
    CliRun.Result result =
        world.cli.run("--json", "reconcile", "--provider", provider, "--repair", "--yes");

    JsonNode done = mapper.readTree(result.out());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(done.get(0).get("action").asText()).isEqualTo("repair");
    assertThat(done.get(0).get("after").get("result").asText()).isEqualTo("in_sync");
  }

  @Test
  void bad_scopes_keys_without_repair_and_repair_without_a_terminal_exit_2() {
    CliRun.Result both = world.cli.run("reconcile", "--provider", provider, "--host", "sim");
    CliRun.Result neither = world.cli.run("reconcile");
    CliRun.Result keys = world.cli.run("reconcile", "--host", "sim", "--keys-file", "keys.txt");
    CliRun.Result unconfirmed = world.cli.run("reconcile", "--host", "sim", "--prune");

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(keys.exitCode()).isEqualTo(2);
    assertThat(keys.err()).contains("only with --repair");
    assertThat(unconfirmed.exitCode()).isEqualTo(2);
    assertThat(unconfirmed.err()).contains("--yes");
  }
}
