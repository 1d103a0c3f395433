package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.BatchJournal;
import dev.relaymanager.application.imports.HostDeletes;
import dev.relaymanager.application.imports.ImportTarget;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.rollback.Force;
import dev.relaymanager.domain.rollback.RollbackPlan;
import dev.relaymanager.domain.rollback.RollbackStep;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rolls back one batch through its journal: reads back what it holds, settles deletes left pending,
 * plans, records the objects found gone, sends each delete (recorded first), reads back again and
 * ends the batch {@code rolled_back} or {@code rollback_failed}. A probe user's key that cannot be
 * deleted as the user is left to the group's delete, which unbinds it. A host that stops answering
 * leaves the delete in flight pending, and the exception goes up: running the rollback again
 * resumes.
 */
final class BatchRollback {
  private final RollbackPlanning planning;
  private final ImportBatchRepository batches;
  private final ProviderRepository providers;
  private final UserSideObjects userSide;
  private final Clock clock;

  BatchRollback(
      RollbackPlanning planning,
      ImportBatchRepository batches,
      ProviderRepository providers,
      UserSideObjects userSide,
      Clock clock) {
    this.planning = planning;
    this.batches = batches;
    this.providers = providers;
    this.userSide = userSide;
    this.clock = clock;
  }

  RolledBackBatch run(ImportBatch stored, Force force) {
    RollbackPlanning.Resolved resolved = planning.resolve(stored);
    ImportTarget target = resolved.target();
    BatchJournal journal = BatchJournal.ofFinished(batches, stored, clock);
    LiveState before = ReadBack.of(target, userSide, List.of(stored));
    RollbackPlan first = planning.plan(resolved, stored, before, force);
    if (first.isNoop()) {
      String id = stored.id().value();
      return new RolledBackBatch(id, "rolled_back", first.summary(), null, List.of());
    }
    InterruptedDeletes.settle(journal, first.interruptedDeletes(), before, clock);
    RollbackPlan plan = planning.plan(resolved, journal.current(), before, force);
    RolledBackBatch result = execute(plan, target, journal);
    ProviderForgetting.forgetDeleted(providers, journal.current(), clock.instant());
    return result;
  }

  private RolledBackBatch execute(RollbackPlan plan, ImportTarget target, BatchJournal journal) {
    Map<HostObjectRef, RollbackObject> outcomes = new LinkedHashMap<>();
    List<HostObjectRef> notDeleted = new ArrayList<>();
    HostDeletes deletes = new HostDeletes(target.admin(), journal, clock);
    ObjectDeletes objects = new ObjectDeletes(deletes, userSide, target.host(), plan);
    carryOut(plan, objects, journal.current(), outcomes, notDeleted);
    LiveState after = ReadBack.of(target, userSide, List.of(journal.current()));
    for (HostObjectRef left : plan.stillPresent(after)) {
      if (!notDeleted.contains(left) && !objects.unboundByGroup(left)) {
        notDeleted.add(left);
        outcomes.put(left, RollbackObject.of(left, "still_present", "read back after the delete"));
      }
    }
    ImportBatch ended = journal.update(b -> end(b, plan, notDeleted));
    String left = ended.status() == BatchStatus.ROLLED_BACK ? null : plan.leftText(notDeleted);
    return new RolledBackBatch(
        ended.id().value(), ended.status().wireName(), null, left, List.copyOf(outcomes.values()));
  }

  private void carryOut(
      RollbackPlan plan,
      ObjectDeletes deletes,
      ImportBatch batch,
      Map<HostObjectRef, RollbackObject> outcomes,
      List<HostObjectRef> notDeleted) {
    for (HostObjectRef gone : plan.alreadyGone()) {
      deletes.hostDeletes().recordGone(created(batch, gone));
      outcomes.put(gone, RollbackObject.of(gone, "already_gone", null));
    }
    for (RollbackStep.Delete step : plan.deletions()) {
      HostObjectRef ref = step.object();
      try {
        DeleteOutcome outcome = deletes.delete(created(batch, ref));
        String action = outcome == DeleteOutcome.DELETED ? "deleted" : "already_gone";
        outcomes.put(ref, RollbackObject.planned(step).withAction(action));
      } catch (HostRejectedException
          | ConflictException
          | NotFoundException
          | InvalidInputException e) {
        Optional<String> unbound = deletes.leaveToGroupDelete(ref, e);
        if (unbound.isEmpty()) {
          notDeleted.add(ref);
        }
        outcomes.put(
            ref,
            unbound
                .map(why -> RollbackObject.of(ref, "unbound_by_group", why))
                .orElseGet(() -> RollbackObject.of(ref, "failed", e.getMessage())));
      }
    }
    plan.keeps().stream()
        .filter(k -> !outcomes.containsKey(k.object()))
        .forEach(k -> outcomes.put(k.object(), RollbackObject.planned(k).withAction("kept")));
  }

  private ImportBatch end(ImportBatch batch, RollbackPlan plan, List<HostObjectRef> notDeleted) {
    return plan.outcome(notDeleted) == BatchStatus.ROLLED_BACK
        ? batch.markRolledBack(clock.instant())
        : batch.markRollbackFailed(plan.leftText(notDeleted), clock.instant());
  }

  // The done create behind a planned step: the plan holds only objects the batch created.
  private static Intent created(ImportBatch batch, HostObjectRef ref) {
    return batch.objectsCreated().stream()
        .filter(i -> i.kind().object() == ref.kind() && i.hostObjectId() == ref.id())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("batch " + batch.id() + " did not create " + ref));
  }
}
