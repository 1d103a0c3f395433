package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.ConflictException;
import java.time.Instant;

/** The conflicts an {@link ImportBatch} answers when a transition does not fit its status. */
final class BatchRefusals {
  private BatchRefusals() {}

  /**
   * Refuses a write of {@code kind}: only a running batch writes, and deletes until rolled back.
   */
  static void checkWritable(ImportBatch batch, IntentKind kind) {
    BatchStatus status = batch.status();
    if (kind.isDelete() ? status == BatchStatus.ROLLED_BACK : !status.isRunning()) {
      throw new ConflictException(
          "batch " + batch.id() + " is " + status.wireName() + "; it takes no " + kind.wireName());
    }
  }

  /** Refuses a batch that is not running. */
  static void checkRunning(ImportBatch batch) {
    if (!batch.status().isRunning()) {
      throw new ConflictException(
          "batch " + batch.id() + " is " + batch.status().wireName() + ", not running");
    }
  }

  /** Refuses to resume unless the batch failed, or runs with a lease {@code owner} may take. */
  static void checkResumable(ImportBatch batch, String owner, Instant now) {
    BatchStatus status = batch.status();
    if (status.isRunning()) {
      batch.checkLease(owner, now);
    } else if (status != BatchStatus.FAILED) {
      throw new ConflictException(
          "batch "
              + batch.id()
              + " is "
              + status.wireName()
              + "; only a failed or interrupted batch can be resumed");
    }
  }

  /** Refuses a move to {@code next} that the status does not allow. */
  static void checkTransition(ImportBatch batch, BatchStatus next) {
    if (!batch.status().canTransitionTo(next)) {
      throw new ConflictException(
          "batch "
              + batch.id()
              + " is "
              + batch.status().wireName()
              + "; it cannot become "
              + next.wireName());
    }
  }
}
