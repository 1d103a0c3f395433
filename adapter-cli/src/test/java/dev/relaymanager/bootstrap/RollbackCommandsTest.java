package dev.relaymanager.bootstrap;

import static dev.relaymanager.bootstrap.ImportFixture.KEY_A;
import static dev.relaymanager.bootstrap.ImportFixture.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackCommandsTest {
  private final ObjectMapper mapper = JsonMapperFactory.create();
  @TempDir Path directory;
  private ImportFixture world;
  private JsonNode imported;

  @BeforeEach
  void importTwoKeys() throws IOException {
    world = new ImportFixture(directory);
    imported =
        mapper.readTree(
            world.apply(world.keysFile("keys.txt", KEY_A, KEY_B), "--yes", "--json").out());
  }

  @Test
  void batch_rollback_with_yes_deletes_what_the_batch_created_and_twice_is_a_no_op()
      throws IOException {
    String batch = imported.get("batch_id").asText();

    CliRun.Result first = world.cli.run("--json", "batches", "rollback", batch, "--yes");
    CliRun.Result second = world.cli.run("batches", "rollback", batch, "--yes");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(mapper.readTree(first.out()).get("status").asText()).isEqualTo("rolled_back");
    assertThat(world.cli.connector.host().objects().accounts()).isEmpty();
    assertThat(world.cli.connector.host().objects().groups()).isEmpty();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("rolled_back", "rolled back already");
  }

  @Test
  void provider_rollback_on_a_terminal_prints_the_plan_and_a_no_keeps_everything() {
    world.cli.interactive = true;
    String provider = imported.get("provider_id").asText();

    CliRun.Result declined = world.cli.runWithInput("n\n", "providers", "rollback", provider);

    assertThat(declined.exitCode()).isEqualTo(1);
    assertThat(declined.out()).contains("Rollback plan for provider " + provider, "delete");
    assertThat(declined.err()).contains("[y/N]", "nothing was deleted");
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(2);
  }

  @Test
  void provider_rollback_answered_yes_rolls_back() {
    world.cli.interactive = true;
    String provider = imported.get("provider_id").asText();

    CliRun.Result accepted = world.cli.runWithInput("y\n", "providers", "rollback", provider);

    assertThat(accepted.exitCode()).as(accepted.err()).isZero();
    assertThat(accepted.out()).contains("Rollback of provider " + provider + ": rolled_back");
    assertThat(world.cli.connector.host().objects().accounts()).isEmpty();
  }

  @Test
  void json_without_yes_and_an_unknown_batch_are_refused_with_exit_2() {
    CliRun.Result json =
        world.cli.run("--json", "batches", "rollback", imported.get("batch_id").asText());
    CliRun.Result unknown = world.cli.run("batches", "rollback", "no-such-batch", "--yes");

    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(json.all()).contains("--json needs --yes");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(world.cli.connector.host().objects().accounts()).hasSize(2);
  }
}
