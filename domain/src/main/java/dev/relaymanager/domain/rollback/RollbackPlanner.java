package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.shared.BatchId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans the rollback of a batch from its journal and the host read back: it deletes exactly what
 * the batch created, never what it adopted; it keeps an object changed on the host since, or used
 * by another batch, unless forced; it keeps the probe user while any other batch on the host uses
 * it, even when forced; an object gone already is just recorded.
 */
public final class RollbackPlanner {
  private RollbackPlanner() {}

  /**
   * The plan for {@code target}, where {@code readBack} holds every object the batch created as the
   * host returns it now (an absent one is gone) and {@code hostBatches} are the batches of every
   * provider on the target's host (the target among them or not): the probe user is shared by all.
   */
  public static RollbackPlan plan(
      BatchToRollBack target, LiveState readBack, List<ImportBatch> hostBatches, Force force) {
    ImportBatch batch = target.batch();
    if (batch.status() == BatchStatus.ROLLED_BACK) {
      return new RollbackPlan(batch.id(), batch.status(), List.of(), List.of());
    }
    List<ImportBatch> others =
        hostBatches.stream().filter(b -> !b.id().equals(batch.id())).toList();
    List<ImportBatch> provider =
        others.stream()
            .filter(b -> b.header().providerId().equals(batch.header().providerId()))
            .collect(Collectors.toCollection(ArrayList::new));
    provider.add(batch);
    BatchUsage usage = BatchUsage.of(others);
    ChangeCheck check = new ChangeCheck(target.blueprint(), readBack, batch, provider);
    List<RollbackStep> steps = new ArrayList<>();
    for (HeldObject held : HeldObject.of(batch)) {
      steps.add(step(held, check, usage, force));
    }
    List<Intent> interrupted =
        batch.pendingIntents().stream().filter(i -> i.kind().isDelete()).toList();
    return new RollbackPlan(batch.id(), batch.status(), steps, interrupted);
  }

  /**
   * The plans for rolling back every batch of a provider, newest first, the order to run them in;
   * {@code hostBatches} are the batches of every provider on the host. A newer batch whose plan
   * completes no longer uses its objects when an older one is planned.
   */
  public static List<RollbackPlan> planAll(
      List<BatchToRollBack> batches,
      List<ImportBatch> hostBatches,
      LiveState readBack,
      Force force) {
    List<BatchToRollBack> newestFirst = new ArrayList<>(batches);
    newestFirst.sort(Comparator.comparing((BatchToRollBack b) -> b.batch().startedAt()).reversed());
    List<ImportBatch> all =
        new ArrayList<>(newestFirst.stream().map(BatchToRollBack::batch).toList());
    Set<BatchId> planned = all.stream().map(ImportBatch::id).collect(Collectors.toSet());
    hostBatches.stream().filter(b -> !planned.contains(b.id())).forEach(all::add);
    Set<BatchId> goneBefore = new HashSet<>();
    List<RollbackPlan> plans = new ArrayList<>();
    for (BatchToRollBack target : newestFirst) {
      List<ImportBatch> remaining = all.stream().filter(b -> !goneBefore.contains(b.id())).toList();
      RollbackPlan plan = plan(target, readBack, remaining, force);
      if (plan.completes()) {
        goneBefore.add(plan.batch());
      }
      plans.add(plan);
    }
    return List.copyOf(plans);
  }

  private static RollbackStep step(
      HeldObject held, ChangeCheck check, BatchUsage usage, Force force) {
    String name = check.liveName(held).orElse(held.intent().target());
    HostObjectRef ref = new HostObjectRef(held.kind(), held.hostId(), name);
    if (!held.created()) {
      return new RollbackStep.Keep(ref, List.of(new KeepReason.Adopted()));
    }
    if (check.liveName(held).isEmpty()) {
      return new RollbackStep.Keep(ref, List.of(new KeepReason.AlreadyGone()));
    }
    List<KeepReason> reasons = new ArrayList<>();
    List<BatchId> users = usage.usersOf(held);
    if (held.kind() == HostObjectKind.USER && !users.isEmpty()) {
      return new RollbackStep.Keep(ref, List.of(new KeepReason.SharedInUse(users)));
    }
    if (!users.isEmpty()) {
      reasons.add(new KeepReason.UsedBy(users));
    }
    if (!check.changes(held).isEmpty()) {
      reasons.add(new KeepReason.ChangedSinceCreated(check.changes(held)));
    }
    if (reasons.isEmpty() || force == Force.OVERRIDE_KEEPS) {
      return new RollbackStep.Delete(ref, reasons);
    }
    return new RollbackStep.Keep(ref, reasons);
  }
}
