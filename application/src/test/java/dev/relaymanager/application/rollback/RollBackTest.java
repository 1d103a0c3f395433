package dev.relaymanager.application.rollback;

import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_A;
import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_B;
import static dev.relaymanager.application.reconcile.LifecycleWorld.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.application.reconcile.LifecycleWorld;
import dev.relaymanager.application.reconcile.ReconcileReportView;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.rollback.Force;
import dev.relaymanager.domain.shared.BatchId;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollBackTest {
  private final LifecycleWorld world = new LifecycleWorld();

  @Test
  void a_fresh_batch_rolled_back_leaves_nothing_of_ours_on_the_host() {
    String batch = world.importKeys(KEY_A, KEY_B).batchId();

    RollbackReport report = rollBack(RollbackTarget.batch(batch), Force.RESPECT_KEEPS);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(report.batches().get(0).objects())
        .extracting(RollbackObject::kind, RollbackObject::action)
        .containsExactly(
            tuple("channel", "deleted"),
            tuple("account", "deleted"),
            tuple("account", "deleted"),
            tuple("group", "deleted"));
    assertThat(world.objects().groups()).isEmpty();
    assertThat(world.objects().channels()).isEmpty();
    assertThat(world.objects().accounts()).isEmpty();
    assertThat(world.provider().groupIds()).isEmpty();
    assertThat(world.provider().accountIds()).isEmpty();
    ReconcileReportView after = world.reconcileHost();
    assertThat(after.result()).isEqualTo("in_sync");
    assertThat(after.findings()).isEmpty();
  }

  @Test
  void the_plan_lists_the_deletes_in_reverse_dependency_order_and_writes_nothing() {
    String batch = world.importKeys(KEY_A).batchId();

    RollbackPreview preview =
        world
            .planRollback()
            .execute(new RollBack.Command(RollbackTarget.batch(batch), Force.RESPECT_KEEPS));

    assertThat(preview.batches().get(0).deletes())
        .extracting(RollbackObject::kind)
        .containsExactly("channel", "account", "group");
    assertThat(preview.batches().get(0).keeps()).isEmpty();
    assertThat(world.objects().accounts()).hasSize(1);
  }

  @Test
  void rolling_back_twice_is_a_noop_that_says_so() {
    String batch = world.importKeys(KEY_A).batchId();
    rollBack(RollbackTarget.batch(batch), Force.RESPECT_KEEPS);

    RollbackReport again = rollBack(RollbackTarget.batch(batch), Force.RESPECT_KEEPS);

    assertThat(again.status()).isEqualTo("rolled_back");
    assertThat(again.note()).contains("nothing done");
    assertThat(again.batches().get(0).note()).contains("rolled back already");
    assertThat(again.batches().get(0).objects()).isEmpty();
  }

  @Test
  void an_object_edited_since_it_was_created_is_kept_unless_forced() {
    String batch = world.importKeys(KEY_A).batchId();
    LiveGroup group = world.objects().groups().get(0);
    world.objects().replaceGroup(withDailyLimit(group, "999"));

    RollbackReport kept = rollBack(RollbackTarget.batch(batch), Force.RESPECT_KEEPS);
    RollbackReport forced = rollBack(RollbackTarget.batch(batch), Force.OVERRIDE_KEEPS);

    assertThat(kept.status()).isEqualTo("rollback_failed");
    assertThat(kept.batches().get(0).left()).contains("group", "changed on the host");
    assertThat(kept.batches().get(0).objects())
        .filteredOn(o -> o.kind().equals("group"))
        .extracting(RollbackObject::action)
        .containsExactly("kept");
    assertThat(forced.status()).isEqualTo("rolled_back");
    assertThat(world.objects().groups()).isEmpty();
  }

  @Test
  void objects_a_batch_adopted_survive_its_rollback() {
    world.importKeys(KEY_A);
    String second = world.importKeys(KEY_B).batchId();

    RollbackReport report = rollBack(RollbackTarget.batch(second), Force.RESPECT_KEEPS);

    assertThat(report.status()).isEqualTo("rolled_back");
    assertThat(world.objects().groups()).hasSize(1);
    assertThat(world.objects().channels()).hasSize(1);
    assertThat(world.objects().accounts())
        .extracting(LiveAccount::name)
        .singleElement()
        .asString()
        .endsWith(LifecycleWorld.key(KEY_A).fingerprint().shortForm());
    assertThat(world.reconcileProvider().result()).isEqualTo("in_sync");
  }

  @Test
  void a_provider_rollback_undoes_its_batches_newest_first() {
    String first = world.importKeys(KEY_A).batchId();
    String second = world.importKeys(KEY_B).batchId();

    RollbackReport report = rollBack(RollbackTarget.provider(PROVIDER), Force.RESPECT_KEEPS);

    assertThat(report.batches())
        .extracting(RolledBackBatch::batchId, RolledBackBatch::status)
        .containsExactly(tuple(second, "rolled_back"), tuple(first, "rolled_back"));
    assertThat(world.objects().groups()).isEmpty();
    assertThat(world.objects().accounts()).isEmpty();
  }

  @Test
  void an_interrupted_rollback_resumes_from_its_journal() {
    String batch = world.importKeys(KEY_A).batchId();
    LiveAccount account = world.objects().accounts().get(0);
    ImportBatch stored = world.batches.find(new BatchId(batch)).orElseThrow();
    world.batches.save(
        stored.recordAccountIntent(
            IntentKind.DELETE_ACCOUNT,
            account.name(),
            LifecycleWorld.key(KEY_A).fingerprint(),
            world.clock.instant()));
    world.host().deleteAccount(account.id());

    RollbackReport report = rollBack(RollbackTarget.batch(batch), Force.RESPECT_KEEPS);

    assertThat(report.status()).isEqualTo("rolled_back");
    ImportBatch after = world.batches.find(new BatchId(batch)).orElseThrow();
    assertThat(after.pendingIntents()).isEmpty();
    assertThat(after.objectsCreated()).isEmpty();
    assertThat(world.objects().groups()).isEmpty();
  }

  private RollbackReport rollBack(RollbackTarget target, Force force) {
    return world.rollBack().execute(new RollBack.Command(target, force));
  }

  private static LiveGroup withDailyLimit(LiveGroup g, String usd) {
    return new LiveGroup(
        g.id(),
        g.name(),
        g.description(),
        g.platform(),
        g.subscriptionType(),
        g.rateMultiplier(),
        g.exclusive(),
        g.status(),
        Map.of(LimitWindow.DAILY, new BigDecimal(usd)));
  }
}
