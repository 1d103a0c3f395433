package dev.relaymanager.acceptance.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.acceptance.simhost.state.FaultRule;
import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.Poll;
import dev.relaymanager.acceptance.support.RunningCli;
import dev.relaymanager.acceptance.support.WorldIT;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A rollback killed while a delete hangs on the host is resumed from its journal by re-running. */
class RollbackCrashIT extends WorldIT<LifecycleWorld> {
  @Override
  protected LifecycleWorld open(Path dir) {
    return new LifecycleWorld(dir).imported();
  }

  @Test
  void a_rollback_killed_mid_way_is_resumed_to_rolled_back() {
    // The group goes last (reverse dependency order); its delete hangs, the reads do not.
    world.world.sim.addFault(FaultRule.hang("DELETE /api/v1/admin/groups/"));
    RunningCli first = world.world.cli.start("batches", "rollback", world.batch, "--yes");
    Poll.until("the accounts and channel to be deleted", () -> onlyTheGroupLeft() ? true : null);
    first.kill();
    world.world.sim.clearFaults();

    CliResult shown = world.run("--json", "batches", "show", world.batch);
    CliResult resumed = world.run("--json", "batches", "rollback", world.batch, "--yes");

    assertThat(world.json(shown).get("status").asText()).isNotEqualTo("rolled_back");
    assertThat(resumed.exitCode()).as(resumed.allOutput()).isZero();
    assertThat(world.json(resumed).get("status").asText()).isEqualTo("rolled_back");
    assertThat(world.ours()).isEmpty();
  }

  private boolean onlyTheGroupLeft() {
    return world.world.accounts().isEmpty() && world.world.channels().isEmpty();
  }
}
