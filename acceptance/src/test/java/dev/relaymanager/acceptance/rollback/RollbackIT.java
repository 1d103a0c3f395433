package dev.relaymanager.acceptance.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.WorldIT;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rollback through the real CLI: it removes exactly what a batch created, is a no-op the second
 * time, keeps what was edited on the host unless forced, and never touches a foreign object.
 */
class RollbackIT extends WorldIT<LifecycleWorld> {
  @Override
  protected LifecycleWorld open(Path dir) {
    return new LifecycleWorld(dir).imported();
  }

  @Test
  void rollback_of_a_fresh_batch_leaves_nothing_of_ours_and_a_second_one_is_a_no_op() {
    CliResult first = world.run("--json", "batches", "rollback", world.batch, "--yes");
    CliResult reconciled = world.run("--json", "reconcile", "--host", "sim");
    CliResult second = world.run("batches", "rollback", world.batch, "--yes");

    assertThat(first.exitCode()).as(first.allOutput()).isZero();
    assertThat(world.json(first).get("status").asText()).isEqualTo("rolled_back");
    assertThat(world.ours()).isEmpty();
    assertThat(reconciled.exitCode()).as(reconciled.allOutput()).isZero();
    assertThat(world.json(reconciled).get("result").asText()).isEqualTo("in_sync");
    assertThat(world.json(reconciled).get("findings")).isEmpty();
    assertThat(second.exitCode()).as(second.allOutput()).isZero();
    assertThat(second.out()).contains("rolled_back", "rolled back already");
  }

  @Test
  void a_group_edited_after_creation_is_kept_unless_forced() {
    world.setGroupDailyLimit(99);

    CliResult kept = world.run("--json", "providers", "rollback", world.provider, "--yes");
    boolean groupAfterFirst = world.isLive(world.groupId());
    CliResult forced =
        world.run("--json", "providers", "rollback", world.provider, "--yes", "--force");

    assertThat(kept.exitCode()).as(kept.allOutput()).isEqualTo(1);
    JsonNode batch = world.json(kept).get("batches").get(0);
    assertThat(batch.get("status").asText()).isEqualTo("rollback_failed");
    assertThat(batch.get("left").asText()).contains("left on the host");
    assertThat(groupAfterFirst).isTrue();
    assertThat(forced.exitCode()).as(forced.allOutput()).isZero();
    assertThat(world.json(forced).get("status").asText()).isEqualTo("rolled_back");
    assertThat(world.ours()).isEmpty();
  }

  @Test
  void a_foreign_group_with_a_similar_name_is_never_touched() {
    long foreign = world.foreignGroupLike();

    CliResult rolledBack = world.run("--json", "providers", "rollback", world.provider, "--yes");
    CliResult pruned = world.run("--json", "reconcile", "--host", "sim", "--prune", "--yes");

    assertThat(rolledBack.exitCode()).as(rolledBack.allOutput()).isZero();
    assertThat(pruned.exitCode()).as(pruned.allOutput()).isZero();
    assertThat(world.json(pruned).get(0).get("after").get("findings")).isEmpty();
    assertThat(world.isLive(foreign)).isTrue();
    assertThat(world.ours()).containsExactly(world.world.groups().get(0).name);
  }

  @Test
  void without_yes_and_without_a_terminal_it_refuses_and_deletes_nothing() {
    CliResult refused = world.run("batches", "rollback", world.batch);
    CliResult json = world.run("--json", "providers", "rollback", world.provider);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--yes");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(world.ours()).hasSize(4);
  }
}
