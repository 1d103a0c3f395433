package dev.relaymanager.application.rollback;

import java.util.List;

/**
 * The result of a rollback: each batch's outcome, newest first, and the overall status.
 *
 * @param status {@code rolled_back} when every batch is, else {@code rollback_failed}
 * @param note e.g. that there was nothing to roll back; null when none
 */
public record RollbackReport(
    String providerId, String status, List<RolledBackBatch> batches, String note) {
  public RollbackReport {
    batches = List.copyOf(batches);
  }

  static RollbackReport of(String providerId, List<RolledBackBatch> batches) {
    boolean all = batches.stream().allMatch(b -> "rolled_back".equals(b.status()));
    boolean noop = batches.stream().allMatch(b -> b.note() != null && b.objects().isEmpty());
    return new RollbackReport(
        providerId,
        all ? "rolled_back" : "rollback_failed",
        batches,
        batches.isEmpty()
            ? "no batch to roll back"
            : noop ? "rolled back already; nothing done" : null);
  }
}
