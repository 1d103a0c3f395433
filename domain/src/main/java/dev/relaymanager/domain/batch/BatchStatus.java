package dev.relaymanager.domain.batch;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an import batch stands (PRODUCT §4). */
public enum BatchStatus {
  RUNNING,
  SUCCEEDED,
  PARTIALLY_SUCCEEDED,
  FAILED,
  ROLLED_BACK,
  ROLLBACK_FAILED;

  /** The stable name used in output and storage, e.g. {@code partially_succeeded}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a batch may go from this status to {@code next}: a running batch finishes; a failed one
   * may be resumed; a finished one may be rolled back, and a failed rollback retried.
   */
  public boolean canTransitionTo(BatchStatus next) {
    return successors().contains(next);
  }

  /** Whether the batch still writes to the host as an import. */
  public boolean isRunning() {
    return this == RUNNING;
  }

  /** Whether {@code import resume} can take the batch up: it is running (interrupted) or failed. */
  public boolean isResumable() {
    return this == RUNNING || this == FAILED;
  }

  private Set<BatchStatus> successors() {
    switch (this) {
      case RUNNING:
        return EnumSet.of(SUCCEEDED, PARTIALLY_SUCCEEDED, FAILED);
      case FAILED:
        return EnumSet.of(RUNNING, ROLLED_BACK, ROLLBACK_FAILED);
      case SUCCEEDED:
      case PARTIALLY_SUCCEEDED:
      case ROLLBACK_FAILED:
        return EnumSet.of(ROLLED_BACK, ROLLBACK_FAILED);
      case ROLLED_BACK:
        return EnumSet.noneOf(BatchStatus.class);
      default:
        throw new AssertionError(this);
    }
  }
}
