package dev.relaymanager.application.rollback;

import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.application.imports.ImportProgress;
import dev.relaymanager.application.imports.ImportReport;
import dev.relaymanager.application.imports.ResumeImport;
import dev.relaymanager.application.reconcile.LifecycleWorld;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.Lease;
import dev.relaymanager.domain.rollback.Force;
import dev.relaymanager.domain.shared.BatchId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import that died in the middle of the access closure: its resume settles the pending write
 * from the host without a duplicate, and the batch then rolls back completely.
 */
class ProbeUserResumeTest {
  private final LifecycleWorld world = new LifecycleWorld().withProbeUser();

  @Test
  void a_key_created_before_the_crash_is_settled_as_created_without_a_second_key() {
    BatchId batch = diedWhileSending(IntentKind.CREATE_USER_KEY);
    long key = world.users().keys().get(0).id();

    ImportReport report = resume(batch);

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(world.users().keys()).hasSize(1);
    assertThat(creates(batch, IntentKind.CREATE_USER_KEY))
        .singleElement()
        .satisfies(i -> assertThat(i.state()).isEqualTo(IntentState.DONE))
        .satisfies(i -> assertThat(i.origin()).isEqualTo(IntentOrigin.CREATED))
        .satisfies(i -> assertThat(i.hostObjectId()).isEqualTo(key));
  }

  @Test
  void a_subscription_assigned_before_the_crash_is_settled_and_the_closure_then_finishes() {
    BatchId batch = diedWhileSending(IntentKind.CREATE_SUBSCRIPTION);
    world.users().removeKey(world.users().keys().get(0).id());
    long subscription = world.users().subscriptions().get(0).id();

    ImportReport report = resume(batch);
    RollbackReport rolledBack =
        world
            .rollBack()
            .execute(
                new RollBack.Command(RollbackTarget.batch(batch.value()), Force.RESPECT_KEEPS));

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(creates(batch, IntentKind.CREATE_SUBSCRIPTION))
        .singleElement()
        .satisfies(i -> assertThat(i.origin()).isEqualTo(IntentOrigin.CREATED))
        .satisfies(i -> assertThat(i.hostObjectId()).isEqualTo(subscription));
    assertThat(creates(batch, IntentKind.CREATE_USER_KEY))
        .singleElement()
        .satisfies(i -> assertThat(i.origin()).isEqualTo(IntentOrigin.CREATED));
    assertThat(rolledBack.status()).isEqualTo("rolled_back");
    assertThat(world.users().subscriptions()).isEmpty();
    assertThat(world.users().keys()).isEmpty();
    assertThat(world.users().users()).isEmpty();
  }

  // An import of key A whose process died after the host carried out the closure's write of
  // {@code kind}, before the journal settled it: running, its lease run out, later writes unsent.
  private BatchId diedWhileSending(IntentKind kind) {
    ImportBatch done =
        world.batches.find(new BatchId(world.importKeys(KEY_A).batchId())).orElseThrow();
    List<Intent> journal = new ArrayList<>();
    for (Intent intent : done.intents()) {
      if (intent.kind() == kind) {
        journal.add(pending(intent));
        break;
      }
      journal.add(intent);
    }
    world.batches.save(
        ImportBatch.restore(
            done.header(),
            BatchStatus.RUNNING,
            done.startedAt(),
            Lease.of("dead-worker", done.startedAt(), Duration.ofMinutes(2)),
            journal,
            done.keyResults(),
            ""));
    world.clock.advance(Duration.ofMinutes(5));
    return done.id();
  }

  private static Intent pending(Intent sent) {
    return new Intent(
        sent.id(),
        sent.kind(),
        sent.target(),
        sent.fingerprintHex(),
        IntentState.PENDING,
        IntentOrigin.NONE,
        0,
        "",
        sent.recordedAt(),
        sent.recordedAt());
  }

  private ImportReport resume(BatchId batch) {
    return world
        .resume("worker-2")
        .execute(ResumeImport.Command.parse(batch.value(), null, null, null), ImportProgress.NONE);
  }

  private List<Intent> creates(BatchId batch, IntentKind kind) {
    return world.batches.find(batch).orElseThrow().intents().stream()
        .filter(i -> i.kind() == kind)
        .toList();
  }
}
