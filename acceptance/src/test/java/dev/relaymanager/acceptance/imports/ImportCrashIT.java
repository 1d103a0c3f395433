package dev.relaymanager.acceptance.imports;

import static dev.relaymanager.acceptance.imports.ImportWorld.importArgs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.acceptance.simhost.state.FaultRule;
import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.Poll;
import dev.relaymanager.acceptance.support.RunningCli;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apply killed mid-batch (its account tests held by the host) is refused a twin while it runs,
 * and resumed to the end afterwards without a duplicate account.
 */
class ImportCrashIT {
  private static final String[] KEYS = {
    "sk-sim-ok-1111aaaa", "sk-sim-ok-2222bbbb", "sk-sim-ok-3333cccc", "sk-sim-ok-4444dddd"
  };

  @TempDir Path dir;
  private ImportWorld world;

  @BeforeEach
  void start() {
    world = new ImportWorld(dir);
    // The shortest lease, so that the killed process's lease runs out soon after the kill.
    world.cli.withEnv("RELAY_MANAGER_LEASE_TTL_SECONDS", "3");
    world.installPack("1.0.0", "0.30");
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void a_killed_apply_blocks_a_second_apply_and_is_resumed_without_duplicates() {
    String keys = world.keysFile("keys.txt", KEYS);
    // Account tests (POST /accounts/{id}/test) hang; creates (POST /accounts) do not.
    world.sim.addFault(FaultRule.hang("/api/v1/admin/accounts/"));
    RunningCli first =
        world.cli.start(importArgs("apply", "cn-sim", keys, "--yes", "--parallelism", "1"));
    Poll.until("an account on the host", () -> world.accounts().isEmpty() ? null : true);
    String batch = runningBatch();

    CliResult second =
        world.cli.run(
            importArgs(
                "apply", "cn-sim", world.keysFile("other.txt", "sk-sim-ok-5555eeee"), "--yes"));
    first.kill();
    world.sim.clearFaults();
    CliResult resumed =
        Poll.until("the lease of the killed apply to run out", () -> resumeOnceFree(batch, keys));

    assertThat(second.exitCode()).isEqualTo(2);
    assertThat(second.err()).contains(batch, "is running");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(world.json(resumed).get("status").asText()).isEqualTo("succeeded");
    assertThat(world.json(resumed).get("counts").get("accounts").asInt()).isEqualTo(KEYS.length);
    assertThat(world.accounts()).hasSize(KEYS.length);
    assertThat(
            world.accounts().stream().map(a -> a.credential("api_key")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(KEYS);
    assertThat(world.groups()).hasSize(1);
    assertThat(world.channels()).hasSize(1);
  }

  private String runningBatch() {
    return Poll.until(
        "the running batch to be listed",
        () -> {
          CliResult list = world.cli.run("--json", "batches", "list");
          return list.exitCode() == 0 && world.json(list).size() == 1
              ? world.json(list).get(0).get("id").asText()
              : null;
        });
  }

  /** The resume's result, or null while the killed process's lease still holds the batch. */
  private CliResult resumeOnceFree(String batch, String keys) {
    CliResult result = world.cli.run("--json", "import", "resume", batch, "--keys-file", keys);
    return result.exitCode() == 2 && result.err().contains("is held by") ? null : result;
  }
}
