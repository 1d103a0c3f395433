package dev.relaymanager.application.rollback;

import java.util.List;

/**
 * The plan of a rollback, batch by batch in the order they will be rolled back (newest first),
 * printed before the operator confirms.
 *
 * @param note e.g. that the provider has no batch; null when none
 */
public record RollbackPreview(String providerId, List<PlannedRollback> batches, String note) {
  public RollbackPreview {
    batches = List.copyOf(batches);
  }

  /** Whether carrying it out would change nothing: every batch is rolled back already. */
  public boolean isNoop() {
    return batches.stream()
        .allMatch(b -> b.deletes().isEmpty() && "rolled_back".equals(b.status()));
  }
}
