package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.ConflictException;
import java.time.Instant;
import java.util.List;

/** The rule that one provider on one host is imported by one batch at a time (PRODUCT §4). */
public final class BatchAdmission {
  private BatchAdmission() {}

  /**
   * Refuses a new batch while {@code others} (the provider's batches) holds a running one. One
   * whose lease ran out was interrupted: it is to be resumed, not run beside.
   */
  public static void checkCanStart(List<ImportBatch> others, Instant now) {
    for (ImportBatch other : others) {
      if (other.status().isRunning()) {
        Lease lease = other.lease();
        throw new ConflictException(
            lease.isExpiredAt(now)
                ? "batch "
                    + other.id()
                    + " of this provider was interrupted; run: import resume "
                    + other.id()
                : "batch "
                    + other.id()
                    + " of this provider is running (held by "
                    + lease.owner()
                    + " until "
                    + lease.expiresAt()
                    + ")");
      }
    }
  }
}
