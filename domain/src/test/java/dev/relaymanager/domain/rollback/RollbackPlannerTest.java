package dev.relaymanager.domain.rollback;

import static dev.relaymanager.domain.rollback.RollbackFixtures.ACCOUNT_A;
import static dev.relaymanager.domain.rollback.RollbackFixtures.ACCOUNT_B;
import static dev.relaymanager.domain.rollback.RollbackFixtures.BLUEPRINT;
import static dev.relaymanager.domain.rollback.RollbackFixtures.CHANNEL;
import static dev.relaymanager.domain.rollback.RollbackFixtures.GROUP;
import static dev.relaymanager.domain.rollback.RollbackFixtures.aLaterBatchUsingTheGroup;
import static dev.relaymanager.domain.rollback.RollbackFixtures.aSucceededBatch;
import static dev.relaymanager.domain.rollback.RollbackFixtures.theHostAfterTheImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.domain.batch.BatchFixtures;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.LiveFixtures;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.shared.BatchId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackPlannerTest {
  private final BatchToRollBack target = new BatchToRollBack(aSucceededBatch(), BLUEPRINT);

  @Test
  void deletes_only_what_the_batch_created_in_reverse_dependency_order_and_keeps_adopted() {
    LiveState live = theHostAfterTheImport();

    RollbackPlan plan = RollbackPlanner.plan(target, live, List.of(), Force.RESPECT_KEEPS);

    assertThat(plan.deletions())
        .extracting(RollbackStep::kind, RollbackStep::hostId)
        .containsExactly(
            tuple(HostObjectKind.CHANNEL, CHANNEL),
            tuple(HostObjectKind.ACCOUNT, ACCOUNT_A),
            tuple(HostObjectKind.GROUP, GROUP));
    assertThat(plan.keeps())
        .singleElement()
        .satisfies(
            keep -> {
              assertThat(keep.hostId()).isEqualTo(ACCOUNT_B);
              assertThat(keep.reasons()).containsExactly(new KeepReason.Adopted());
            });
    assertThat(plan.completes()).isTrue();
  }

  @Test
  void an_account_edited_after_creation_is_kept_unless_forced() {
    LiveState live = theHostAfterTheImport();
    LiveAccount edited = LiveFixtures.withIdAndPriority(live.accounts().get(0), ACCOUNT_A, 7);
    LiveState changed =
        new LiveState(live.groups(), live.channels(), List.of(edited, live.accounts().get(1)));

    RollbackPlan plan = RollbackPlanner.plan(target, changed, List.of(), Force.RESPECT_KEEPS);

    RollbackStep.Keep keep =
        plan.keeps().stream().filter(k -> k.hostId() == ACCOUNT_A).findFirst().orElseThrow();
    assertThat(keep.reasons())
        .containsExactly(
            new KeepReason.ChangedSinceCreated(List.of(new FieldDiff("priority", "50", "7"))));
    assertThat(plan.completes()).isFalse();
    assertThat(plan.outcome(List.of())).isEqualTo(BatchStatus.ROLLBACK_FAILED);
    assertThat(plan.leftText(List.of())).contains("priority");
    RollbackPlan forced = RollbackPlanner.plan(target, changed, List.of(), Force.OVERRIDE_KEEPS);
    assertThat(forced.deletions()).extracting(RollbackStep::hostId).contains(ACCOUNT_A);
    assertThat(forced.completes()).isTrue();
  }

  @Test
  void a_group_another_batch_still_uses_is_kept_unless_forced() {
    List<ImportBatch> provider = List.of(aLaterBatchUsingTheGroup(), target.batch());

    RollbackPlan plan =
        RollbackPlanner.plan(target, theHostAfterTheImport(), provider, Force.RESPECT_KEEPS);

    assertThat(plan.keeps())
        .filteredOn(k -> k.kind() == HostObjectKind.GROUP)
        .singleElement()
        .satisfies(
            k ->
                assertThat(k.reasons())
                    .containsExactly(new KeepReason.UsedBy(List.of(new BatchId("b-2")))));
    assertThat(plan.summary()).contains("left behind");
    RollbackPlan forced =
        RollbackPlanner.plan(target, theHostAfterTheImport(), provider, Force.OVERRIDE_KEEPS);
    assertThat(forced.deletions()).extracting(RollbackStep::hostId).contains(GROUP);
  }

  @Test
  void a_provider_rollback_undoes_the_newest_batch_first_so_the_older_one_may_delete_the_group() {
    List<BatchToRollBack> batches =
        List.of(target, new BatchToRollBack(aLaterBatchUsingTheGroup(), BLUEPRINT));

    List<RollbackPlan> plans =
        RollbackPlanner.planAll(batches, List.of(), theHostAfterTheImport(), Force.RESPECT_KEEPS);

    assertThat(plans)
        .extracting(RollbackPlan::batch)
        .containsExactly(new BatchId("b-2"), BatchFixtures.aRunningBatchWithTwoKeys().id());
    assertThat(plans.get(0).deletions()).isEmpty();
    assertThat(plans.get(1).deletions()).extracting(RollbackStep::hostId).contains(GROUP);
  }

  @Test
  void objects_gone_from_the_host_are_kept_as_already_gone_and_do_not_block() {
    LiveState live = theHostAfterTheImport();
    LiveState channelGone = new LiveState(live.groups(), List.of(), live.accounts());

    RollbackPlan plan = RollbackPlanner.plan(target, channelGone, List.of(), Force.RESPECT_KEEPS);

    assertThat(plan.alreadyGone()).extracting(r -> r.id()).containsExactly(CHANNEL);
    assertThat(plan.deletions()).extracting(RollbackStep::hostId).containsExactly(ACCOUNT_A, GROUP);
    assertThat(plan.completes()).isTrue();
  }

  @Test
  void once_carried_out_a_second_plan_deletes_nothing_and_after_the_mark_says_it_is_a_noop() {
    RollbackPlan first =
        RollbackPlanner.plan(target, theHostAfterTheImport(), List.of(), Force.RESPECT_KEEPS);
    ImportBatch deleted = RollbackFixtures.afterDeleting(target.batch(), first);
    LiveState empty = new LiveState(List.of(), List.of(), List.of());

    RollbackPlan again =
        RollbackPlanner.plan(
            new BatchToRollBack(deleted, BLUEPRINT), empty, List.of(), Force.RESPECT_KEEPS);
    ImportBatch rolledBack = deleted.markRolledBack(BatchFixtures.at(300));
    RollbackPlan noop =
        RollbackPlanner.plan(
            new BatchToRollBack(rolledBack, BLUEPRINT), empty, List.of(), Force.RESPECT_KEEPS);

    assertThat(again.deletions()).isEmpty();
    assertThat(again.outcome(List.of())).isEqualTo(BatchStatus.ROLLED_BACK);
    assertThat(first.stillPresent(empty)).isEmpty();
    assertThat(noop.isNoop()).isTrue();
    assertThat(noop.steps()).isEmpty();
    assertThat(noop.summary()).contains("rolled back already");
  }
}
