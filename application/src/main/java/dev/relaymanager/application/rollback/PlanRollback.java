package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.application.imports.ProviderLookup;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.rollback.RollbackPlan;
import dev.relaymanager.domain.rollback.RollbackPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Shows what {@link RollBack} would do, without writing anything: per batch, newest first, the
 * objects to delete in order and those kept with the reasons, read against the live host.
 */
public final class PlanRollback {
  private final RollbackBatches batches;
  private final RollbackPlanning planning;
  private final UserSideObjects userSide;

  /** Without the users API: refuses batches that hold the probe user's objects. */
  public PlanRollback(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      HostRepository hosts) {
    this(targets, batches, providers, hosts, UserSideObjects.NONE);
  }

  public PlanRollback(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      HostRepository hosts,
      UserSideObjects userSide) {
    this.userSide = Objects.requireNonNull(userSide, "userSide");
    this.batches =
        new RollbackBatches(
            Objects.requireNonNull(batches, "batches"),
            new ProviderLookup(
                Objects.requireNonNull(hosts, "hosts"),
                Objects.requireNonNull(providers, "providers")));
    this.planning = new RollbackPlanning(Objects.requireNonNull(targets, "targets"), this.batches);
  }

  /**
   * The plan.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the batch or provider is unknown
   * @throws dev.relaymanager.domain.shared.ConflictException if a batch is still running
   */
  public RollbackPreview execute(RollBack.Command command) {
    List<ImportBatch> todo = batches.of(command.target());
    String provider = batches.providerOf(command.target()).value();
    if (todo.isEmpty()) {
      return new RollbackPreview(provider, List.of(), "no batch to roll back");
    }
    List<RollbackPlanning.Resolved> resolved = new ArrayList<>();
    todo.forEach(b -> resolved.add(planning.resolve(b)));
    LiveState readBack = ReadBack.of(resolved.get(0).target(), userSide, todo);
    List<RollbackPlan> plans =
        command.target().subject() == RollbackTarget.Subject.BATCH
            ? List.of(planning.plan(resolved.get(0), todo.get(0), readBack, command.force()))
            : RollbackPlanner.planAll(
                resolved.stream().map(RollbackPlanning.Resolved::toRollBack).toList(),
                planning.hostBatches(todo.get(0)),
                readBack,
                command.force());
    List<PlannedRollback> planned =
        plans.stream().map(p -> PlannedRollback.of(p, statusOf(todo, p))).toList();
    return new RollbackPreview(provider, planned, null);
  }

  private static BatchStatus statusOf(List<ImportBatch> batches, RollbackPlan plan) {
    return batches.stream()
        .filter(b -> b.id().equals(plan.batch()))
        .findFirst()
        .orElseThrow()
        .status();
  }
}
