package dev.relaymanager.acceptance.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.WorldIT;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rollback through the real CLI of an import that closed access for the host's probe user: the
 * user, its subscription and its key the batch created are gone from the simulated host after.
 */
class ProbeUserRollbackIT extends WorldIT<LifecycleWorld> {
  @Override
  protected LifecycleWorld open(Path dir) {
    return new LifecycleWorld(dir).withProbeUser().imported("--models-wait", "5");
  }

  @Test
  void a_provider_rollback_removes_the_probe_user_its_subscription_and_key_the_batch_created() {
    assertThat(world.liveProbeObjects()).hasSize(3);

    CliResult rolledBack = world.run("--json", "providers", "rollback", world.provider, "--yes");

    assertThat(rolledBack.exitCode()).as(rolledBack.allOutput()).isZero();
    assertThat(world.json(rolledBack).get("status").asText()).isEqualTo("rolled_back");
    assertThat(world.liveProbeObjects()).isEmpty();
    assertThat(world.ours()).isEmpty();
  }
}
