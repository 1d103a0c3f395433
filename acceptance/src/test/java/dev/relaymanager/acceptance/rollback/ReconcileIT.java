package dev.relaymanager.acceptance.rollback;

import static dev.relaymanager.acceptance.rollback.LifecycleWorld.KEY_1;
import static dev.relaymanager.acceptance.rollback.LifecycleWorld.KEY_2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.support.CliResult;
import dev.relaymanager.acceptance.support.WorldIT;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Reconcile through the real CLI finds each kind of hand-made drift with the right finding, and
 * {@code --repair} or {@code --prune} brings the host back in sync.
 */
class ReconcileIT extends WorldIT<LifecycleWorld> {
  @Override
  protected LifecycleWorld open(Path dir) {
    return new LifecycleWorld(dir).imported();
  }

  @Test
  void a_fresh_import_is_in_sync() {
    CliResult result = world.run("reconcile", "--provider", world.provider);

    assertThat(result.exitCode()).as(result.allOutput()).isZero();
    assertThat(result.out()).contains("in_sync");
  }

  @Test
  void a_hand_edited_group_limit_is_changed_and_repair_restores_it() {
    world.setGroupDailyLimit(99);

    CliResult found = world.run("reconcile", "--provider", world.provider);
    CliResult repaired =
        world.run("--json", "reconcile", "--provider", world.provider, "--repair", "--yes");

    assertThat(found.exitCode()).isEqualTo(1);
    assertThat(found.out()).contains("drifted", "changed", "group", "99");
    assertThat(repaired.exitCode()).as(repaired.allOutput()).isZero();
    assertThat(after(repaired).get("result").asText()).isEqualTo("in_sync");
  }

  @Test
  void a_deleted_account_is_missing_and_repaired_only_with_its_key() {
    world.deleteAccountOf(KEY_2);

    JsonNode finding = only(world.run("--json", "reconcile", "--provider", world.provider));
    CliResult keyless =
        world.run("--json", "reconcile", "--provider", world.provider, "--repair", "--yes");
    CliResult keyed =
        world.run(
            "--json",
            "reconcile",
            "--provider",
            world.provider,
            "--repair",
            "--yes",
            "--keys-file",
            world.world.keysFile("missing.txt", KEY_2));

    assertThat(finding.get("code").asText()).isEqualTo("missing");
    assertThat(finding.get("kind").asText()).isEqualTo("account");
    assertThat(finding.get("hint").asText()).isNotBlank();
    assertThat(keyless.exitCode()).isEqualTo(1);
    assertThat(world.json(keyless).get(0).get("notes").toString()).contains("import");
    assertThat(keyed.exitCode()).as(keyed.allOutput()).isZero();
    assertThat(after(keyed).get("result").asText()).isEqualTo("in_sync");
    assertThat(world.world.accounts()).hasSize(2);
  }

  @Test
  void an_orphan_account_is_orphaned_and_pruned() {
    long orphan = world.orphanAccountLike(KEY_1, "sk-sim-ok-9999zzzz");

    JsonNode finding = only(world.run("--json", "reconcile", "--host", "sim"));
    CliResult pruned = world.run("--json", "reconcile", "--host", "sim", "--prune", "--yes");

    assertThat(finding.get("code").asText()).isEqualTo("orphaned");
    assertThat(finding.get("host_id").asLong()).isEqualTo(orphan);
    assertThat(pruned.exitCode()).as(pruned.allOutput()).isZero();
    assertThat(after(pruned).get("result").asText()).isEqualTo("in_sync");
    assertThat(world.world.accounts()).hasSize(2);
  }

  @Test
  void a_duplicate_account_is_found_and_pruned_keeping_the_recorded_one() {
    long copy = world.duplicateAccountOf(KEY_1);

    JsonNode finding = only(world.run("--json", "reconcile", "--provider", world.provider));
    CliResult pruned =
        world.run("--json", "reconcile", "--provider", world.provider, "--prune", "--yes");

    assertThat(finding.get("code").asText()).isEqualTo("duplicate");
    assertThat(finding.get("description").asText()).contains(Long.toString(copy));
    assertThat(pruned.exitCode()).as(pruned.allOutput()).isZero();
    assertThat(after(pruned).get("result").asText()).isEqualTo("in_sync");
    assertThat(world.world.accounts()).extracting(a -> a.id).doesNotContain(copy).hasSize(2);
  }

  /** The one finding of a drifted report. */
  private JsonNode only(CliResult result) {
    assertThat(result.exitCode()).as(result.allOutput()).isEqualTo(1);
    JsonNode findings = world.json(result).get("findings");
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private JsonNode after(CliResult acted) {
    return world.json(acted).get(0).get("after");
  }
}
