package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.ImportTarget;
import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.rollback.BatchToRollBack;
import dev.relaymanager.domain.rollback.Force;
import dev.relaymanager.domain.rollback.RollbackPlan;
import dev.relaymanager.domain.rollback.RollbackPlanner;
import java.util.List;

/**
 * Resolves a batch to its host session and blueprint (its pack version and mode) and plans its
 * rollback against the host's batches as stored now.
 */
final class RollbackPlanning {
  private final ImportTargets targets;
  private final RollbackBatches batches;

  RollbackPlanning(ImportTargets targets, RollbackBatches batches) {
    this.targets = targets;
    this.batches = batches;
  }

  /** A batch with its host session and what it imported. */
  record Resolved(ImportTarget target, BatchToRollBack toRollBack) {
    ImportBatch batch() {
      return toRollBack.batch();
    }
  }

  /**
   * The batch resolved.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if its host, pack or provider is gone
   */
  Resolved resolve(ImportBatch batch) {
    ImportTarget target = targets.resolve(batch.header());
    return new Resolved(
        target, new BatchToRollBack(batch, target.blueprint(batch.header().mode(), batch.id())));
  }

  /** The plan for {@code resolved}'s batch, as {@code batch} is now, against {@code readBack}. */
  RollbackPlan plan(Resolved resolved, ImportBatch batch, LiveState readBack, Force force) {
    BatchToRollBack target = new BatchToRollBack(batch, resolved.toRollBack().blueprint());
    return RollbackPlanner.plan(target, readBack, hostBatches(batch), force);
  }

  /** The batches of every provider on {@code batch}'s host, as stored now. */
  List<ImportBatch> hostBatches(ImportBatch batch) {
    return batches.ofHost(batch.header().hostId());
  }
}
