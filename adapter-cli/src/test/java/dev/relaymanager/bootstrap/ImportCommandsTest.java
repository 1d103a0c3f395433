package dev.relaymanager.bootstrap;

import static dev.relaymanager.bootstrap.ImportFixture.KEY_A;
import static dev.relaymanager.bootstrap.ImportFixture.KEY_B;
import static dev.relaymanager.bootstrap.ImportFixture.KEY_C;
import static dev.relaymanager.bootstrap.ImportFixture.importArgs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.domain.shared.Secret;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandsTest {
  private final ObjectMapper mapper = JsonMapperFactory.create();
  @TempDir Path directory;

  @Test
  void preview_plans_creates_for_the_group_the_channel_and_each_account() {
    ImportFixture world = new ImportFixture(directory);
    String keys = world.keysFile("keys.txt", "# team keys", KEY_A, "", KEY_B);

    CliRun.Result result = world.cli.run(importArgs("preview", keys));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Plan for deepseek of cn-core@1.0.0 on sim (subscription, 2 keys): ready")
        .contains("OBJECT", "ACTION", "HOST ID", "CHANGES")
        .contains(ImportFixture.shortFingerprint(KEY_A), ImportFixture.shortFingerprint(KEY_B));
    assertThat(result.out().lines().filter(l -> l.contains(" create ")).count()).isEqualTo(4);
    assertThat(world.cli.connector.host().objects().accounts()).isEmpty();
  }

  @Test
  void apply_with_yes_imports_every_key_and_prints_the_report() {
    ImportFixture world = new ImportFixture(directory);
    String keys = world.keysFile("keys.txt", KEY_A, KEY_B);

    CliRun.Result result = world.apply(keys, "--yes");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(": succeeded (deepseek of cn-core@1.0.0 on sim, subscription)")
        .contains("accounts 2: created 2, adopted 0, tested 2, failed 0")
        .contains("KEY", "ACCOUNT", "OUTCOME", "TEST", "CLASS", "HINT");
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(2);
    assertThat(world.cli.connector.host().objects().groups()).hasSize(1);
  }

  @Test
  void apply_again_with_the_same_keys_adopts_and_writes_no_new_account() throws IOException {
    ImportFixture world = new ImportFixture(directory);
    String keys = world.keysFile("keys.txt", KEY_A, KEY_B);
    world.apply(keys, "--yes");

    CliRun.Result again = world.apply(keys, "--yes", "--json");
    CliRun.Result preview = world.cli.run(importArgs("preview", keys));

    assertThat(mapper.readTree(again.out()).get("counts").get("adopted").asInt()).isEqualTo(2);
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(2);
    assertThat(preview.out()).contains("in_sync").doesNotContain(" create ");
  }

  @Test
  void a_key_that_fails_its_test_makes_a_partial_batch_that_still_exits_0() throws IOException {
    ImportFixture world = new ImportFixture(directory);
    world
        .cli
        .connector
        .host()
        .providerAnswers(
            Secret.of(KEY_B).fingerprint(), 401, "{\"error\":{\"message\":\"invalid api key\"}}");
    String keys = world.keysFile("keys.txt", KEY_A, KEY_B);

    CliRun.Result human = world.apply(keys, "--yes");
    CliRun.Result json =
        world.cli.run(
            "--json", "batches", "show", batchIdOf(world.cli.run("--json", "batches", "list")));

    assertThat(human.exitCode()).as(human.err()).isZero();
    assertThat(human.out())
        .contains(
            "partially_succeeded", "upstream_auth_error", "the host said:", "invalid api key");
    JsonNode failed = mapper.readTree(json.out()).get("keys").get(1);
    assertThat(failed.get("fingerprint").asText()).isEqualTo(ImportFixture.shortFingerprint(KEY_B));
    assertThat(failed.get("paused").asBoolean()).isTrue();
  }

  @Test
  void apply_with_json_prints_exactly_one_document_and_nothing_on_stderr() throws IOException {
    ImportFixture world = new ImportFixture(directory);
    String keys = world.keysFile("keys.txt", KEY_A);

    CliRun.Result result = world.apply(keys, "--yes", "--json");

    JsonNode report = mapper.readTree(result.out());
    assertThat(report.get("status").asText()).isEqualTo("succeeded");
    assertThat(report.get("batch_id").asText()).isNotBlank();
    assertThat(report.get("keys")).hasSize(1);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void keys_come_from_stdin_with_a_dash() {
    ImportFixture world = new ImportFixture(directory);

    CliRun.Result result =
        world.cli.runWithInput(KEY_A + "\n" + KEY_C + "\n", importArgs("apply", "-", "--yes"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(2);
  }

  @Test
  void bad_key_lines_are_reported_by_line_number_without_the_key() {
    ImportFixture world = new ImportFixture(directory);
    String bad = "sk-has space-inside";
    String keys = world.keysFile("keys.txt", KEY_A, bad, "# fine", "sk-ünicode-key");

    CliRun.Result result = world.apply(keys, "--yes");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("keys:2", "keys:4").doesNotContain("has space", "ünicode");
    assertThat(result.all()).doesNotContain(KEY_A);
    assertThat(world.cli.connector.host().objects().accounts()).isEmpty();
  }

  @Test
  void no_key_reaches_the_output_or_the_state_file() {
    ImportFixture world = new ImportFixture(directory);
    String keys = world.keysFile("keys.txt", KEY_A, KEY_B);

    String printed =
        world.apply(keys, "--yes").all()
            + world.cli.run("--json", "batches", "list").all()
            + world.cli.run("providers", "list").all()
            + world.cli.run("import", "resume", "no-such-batch").all();

    assertThat(printed).doesNotContain(KEY_A, KEY_B);
    assertThat(world.databaseBytes()).doesNotContain(KEY_A, KEY_B).contains("sim");
  }

  @Test
  void apply_without_yes_is_refused_when_stdin_is_not_a_terminal() {
    ImportFixture world = new ImportFixture(directory);
    String keys = world.keysFile("keys.txt", KEY_A);

    CliRun.Result result = world.apply(keys);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("stdin is not a terminal", "--yes");
    assertThat(world.cli.connector.host().objects().accounts()).isEmpty();
  }

  @Test
  void apply_with_json_needs_yes() {
    ImportFixture world = new ImportFixture(directory);
    world.cli.interactive = true;

    CliRun.Result result = world.apply(world.keysFile("keys.txt", KEY_A), "--json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("\"code\":\"invalid_input\"", "--json needs --yes");
  }

  @Test
  void on_a_terminal_apply_shows_the_plan_asks_and_draws_progress() {
    ImportFixture world = new ImportFixture(directory);
    world.cli.interactive = true;
    String[] args = importArgs("apply", world.keysFile("keys.txt", KEY_A, KEY_B));

    CliRun.Result declined = world.cli.runWithInput("n\n", args);
    CliRun.Result accepted = world.cli.runWithInput("yes\n", args);

    assertThat(declined.exitCode()).isEqualTo(1);
    assertThat(declined.out()).contains("Plan for deepseek");
    assertThat(declined.err()).contains("Apply this plan to host sim? [y/N]", "Not applied");
    assertThat(accepted.exitCode()).as(accepted.err()).isZero();
    assertThat(accepted.err()).contains("\raccounts created 2/2, tested 2/2, failed 0\n");
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(2);
  }

  @Test
  void batches_and_providers_are_listed_and_shown() throws IOException {
    ImportFixture world = new ImportFixture(directory);
    world.apply(world.keysFile("keys.txt", KEY_A), "--yes");
    String batch = batchIdOf(world.cli.run("--json", "batches", "list"));
    JsonNode provider = mapper.readTree(world.cli.run("--json", "providers", "list").out()).get(0);

    CliRun.Result batches = world.cli.run("batches", "list", "--host", "sim");
    CliRun.Result shown = world.cli.run("batches", "show", batch);
    CliRun.Result providers = world.cli.run("providers", "list");
    CliRun.Result byId = world.cli.run("providers", "show", provider.get("id").asText());
    CliRun.Result byPath = world.cli.run("--json", "providers", "show", "sim/cn-core/deepseek");

    assertThat(batches.out()).contains(batch, "succeeded", "1/1");
    assertThat(shown.out()).contains("Batch " + batch + ": succeeded");
    assertThat(providers.out()).contains("deepseek", "cn-core@1.0.0", "subscription=");
    assertThat(byId.out()).contains("accounts  1", ImportFixture.shortFingerprint(KEY_A));
    assertThat(mapper.readTree(byPath.out()).get("batches").get(0).asText()).isEqualTo(batch);
  }

  @Test
  void resume_of_a_finished_batch_reports_it_unchanged() {
    ImportFixture world = new ImportFixture(directory);
    world.apply(world.keysFile("keys.txt", KEY_A), "--yes");
    String batch = batchIdOf(world.cli.run("--json", "batches", "list"));

    CliRun.Result result = world.cli.run("import", "resume", batch);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("nothing to resume");
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(1);
  }

  @Test
  void unknown_names_exit_2() {
    ImportFixture world = new ImportFixture(directory);

    assertThat(world.cli.run("batches", "show", "nope").exitCode()).isEqualTo(2);
    assertThat(world.cli.run("providers", "show", "sim/cn-core/nope").exitCode()).isEqualTo(2);
    assertThat(world.cli.run("providers", "list", "--host", "nope").exitCode()).isEqualTo(2);
    assertThat(world.cli.run("import", "apply", "--yes").err())
        .contains("host: is required", "pack:", "provider: is required", "keys: is required");
  }

  private String batchIdOf(CliRun.Result list) {
    try {
      return mapper.readTree(list.out()).get(0).get("id").asText();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
