package dev.relaymanager.application.rollback;

import java.util.List;

/**
 * How the rollback of one batch ended, object by object.
 *
 * @param status {@code rolled_back} or {@code rollback_failed}
 * @param note e.g. that the batch was rolled back already and nothing was done; null when none
 * @param left what is left on the host and why, when the rollback failed; null otherwise
 */
public record RolledBackBatch(
    String batchId, String status, String note, String left, List<RollbackObject> objects) {
  public RolledBackBatch {
    objects = List.copyOf(objects);
  }
}
