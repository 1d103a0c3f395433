package dev.relaymanager.application.rollback;

import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_A;
import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_B;
import static dev.relaymanager.application.reconcile.LifecycleWorld.PROBE_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.application.reconcile.LifecycleWorld;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.rollback.Force;
import dev.relaymanager.domain.shared.BatchId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rolling back a batch whose import closed access for the host's probe user. */
class ProbeUserRollBackTest {
  private final LifecycleWorld world = new LifecycleWorld().withProbeUser();

  @Test
  void a_batch_that_created_the_probe_user_deletes_its_objects_in_the_contracts_order() {
    String batch = world.importKeys(KEY_A).batchId();

    RollbackReport report = rollBack(batch);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(report.batches().get(0).objects())
        .extracting(RollbackObject::kind, RollbackObject::action)
        .containsExactly(
            tuple("user_key", "deleted"),
            tuple("subscription", "deleted"),
            tuple("channel", "deleted"),
            tuple("account", "deleted"),
            tuple("group", "deleted"),
            tuple("user", "deleted"));
    assertThat(world.users().keys()).isEmpty();
    assertThat(world.users().subscriptions()).isEmpty();
    assertThat(world.users().users()).isEmpty();
    assertThat(world.objects().channels()).isEmpty();
    assertThat(world.objects().accounts()).isEmpty();
    assertThat(world.objects().groups()).isEmpty();
  }

  @Test
  void a_probe_user_another_providers_batch_uses_is_kept_and_the_batch_still_ends_rolled_back() {
    String deepseek = world.importKeys(KEY_A).batchId();
    String zhipu = world.importKeysTo("zhipu", "subscription", KEY_B).batchId();
    LiveUserKey zhipuKey = onlyKeyNamed("zhipu");

    RollbackReport report = rollBack(deepseek);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(report.batches().get(0).objects())
        .filteredOn(o -> o.kind().equals("user"))
        .singleElement()
        .satisfies(o -> assertThat(o.action()).isEqualTo("kept"))
        .satisfies(o -> assertThat(o.detail()).contains("probe user", zhipu));
    assertThat(world.users().findUserByEmail(PROBE_EMAIL)).isPresent();
    assertThat(world.users().keys()).containsExactly(zhipuKey);
    assertThat(world.users().subscriptions())
        .extracting(LiveSubscription::groupId)
        .containsExactly(zhipuKey.groupId());
  }

  @Test
  void a_top_up_is_journaled_and_not_undone() {
    world.users().addUser(PROBE_EMAIL, "probe-password-1", BigDecimal.ZERO);
    String batch = world.importKeysTo("deepseek", "self_service", KEY_A).batchId();

    RollbackReport report = rollBack(batch);

    assertThat(world.batches.find(new BatchId(batch)).orElseThrow().intents())
        .filteredOn(i -> i.kind() == IntentKind.TOP_UP_BALANCE)
        .singleElement()
        .extracting(i -> i.state())
        .isEqualTo(IntentState.DONE);
    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(world.users().balanceAdds()).hasSize(1);
    assertThat(world.users().findUserByEmail(PROBE_EMAIL).orElseThrow().balance())
        .isEqualByComparingTo(world.users().balanceAdds().get(0));
  }

  @Test
  void a_key_the_user_cannot_delete_is_unbound_by_the_groups_delete() {
    String batch = world.importKeys(KEY_A).batchId();
    world.access.refuseLogins("BACKEND_MODE_ADMIN_ONLY");

    RollbackReport report = rollBack(batch);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(report.batches().get(0).objects())
        .filteredOn(o -> o.kind().equals("user_key"))
        .singleElement()
        .satisfies(o -> assertThat(o.action()).isEqualTo("unbound_by_group"))
        .satisfies(o -> assertThat(o.detail()).contains("group"));
    assertThat(world.objects().groups()).isEmpty();
  }

  private LiveUserKey onlyKeyNamed(String provider) {
    return world.users().keys().stream()
        .filter(k -> k.name().contains(provider))
        .reduce(
            (a, b) -> {
              throw new IllegalStateException("two keys of " + provider);
            })
        .orElseThrow();
  }

  private RollbackReport rollBack(String batch) {
    return world
        .rollBack()
        .execute(new RollBack.Command(RollbackTarget.batch(batch), Force.RESPECT_KEEPS));
  }
}
