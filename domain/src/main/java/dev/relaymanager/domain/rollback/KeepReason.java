package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.shared.BatchId;
import java.util.List;
import java.util.stream.Collectors;

/** Why a rollback does not delete a host object the batch holds. */
public sealed interface KeepReason {
  /** The reason as shown in the plan. */
  String text();

  /**
   * Whether the object is left behind by this reason, so the batch cannot become {@code
   * rolled_back}; {@code --force} overrides exactly these reasons.
   */
  boolean leavesObjectBehind();

  /** The batch found the object on the host: it was never the batch's to delete. */
  record Adopted() implements KeepReason {
    @Override
    public String text() {
      return "adopted, not created by this batch";
    }

    @Override
    public boolean leavesObjectBehind() {
      return false;
    }
  }

  /** The object is gone from the host already: nothing to delete (a 404 counts as gone). */
  record AlreadyGone() implements KeepReason {
    @Override
    public String text() {
      return "already gone from the host";
    }

    @Override
    public boolean leavesObjectBehind() {
      return false;
    }
  }

  /** Someone changed the object on the host since the batch created it: these fields differ. */
  record ChangedSinceCreated(List<FieldDiff> diffs) implements KeepReason {
    public ChangedSinceCreated {
      diffs = List.copyOf(diffs);
      if (diffs.isEmpty()) {
        throw new IllegalStateException("a change needs at least one diff");
      }
    }

    @Override
    public String text() {
      return "changed on the host since it was created ("
          + diffs.stream().map(FieldDiff::toString).collect(Collectors.joining("; "))
          + ")";
    }

    @Override
    public boolean leavesObjectBehind() {
      return true;
    }
  }

  /** Other batches of the provider, not rolled back, still use the object. */
  record UsedBy(List<BatchId> batches) implements KeepReason {
    public UsedBy {
      batches = List.copyOf(batches);
      if (batches.isEmpty()) {
        throw new IllegalStateException("a use needs at least one batch");
      }
    }

    @Override
    public String text() {
      return "used by batch "
          + batches.stream().map(BatchId::value).collect(Collectors.joining(", "));
    }

    @Override
    public boolean leavesObjectBehind() {
      return true;
    }
  }

  /**
   * The probe user this batch created is shared: other batches (of any provider on the host) still
   * use it. It stays, without failing the rollback, and {@code --force} does not delete it.
   */
  record SharedInUse(List<BatchId> batches) implements KeepReason {
    public SharedInUse {
      batches = List.copyOf(batches);
      if (batches.isEmpty()) {
        throw new IllegalStateException("a use needs at least one batch");
      }
    }

    @Override
    public String text() {
      return "the host's probe user, still used by batch "
          + batches.stream().map(BatchId::value).collect(Collectors.joining(", "));
    }

    @Override
    public boolean leavesObjectBehind() {
      return false;
    }
  }
}
