package dev.relaymanager.application.rollback;

import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.rollback.RollbackPlan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What rolling back one batch will do, shown before it runs.
 *
 * @param status the batch's status now
 * @param summary one line, e.g. {@code rollback of batch b-1: 3 to delete, 1 to keep}
 * @param deletes the objects to delete, in the order they are sent
 * @param keeps the objects kept, each with its reasons
 * @param note e.g. that the batch is rolled back already, or that interrupted deletes will be
 *     settled first; null when none
 */
public record PlannedRollback(
    String batchId,
    String status,
    String summary,
    List<RollbackObject> deletes,
    List<RollbackObject> keeps,
    String note) {

  public PlannedRollback {
    deletes = List.copyOf(deletes);
    keeps = List.copyOf(keeps);
  }

  static PlannedRollback of(RollbackPlan plan, BatchStatus status) {
    int interrupted = plan.interruptedDeletes().size();
    String note =
        plan.isNoop()
            ? "nothing to do"
            : interrupted > 0
                ? interrupted + " interrupted delete(s) are settled from the host first"
                : null;
    return new PlannedRollback(
        plan.batch().value(),
        status.wireName(),
        plan.summary(),
        plan.deletions().stream().map(RollbackObject::planned).collect(Collectors.toList()),
        plan.keeps().stream().map(RollbackObject::planned).collect(Collectors.toList()),
        note);
  }
}
