package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The batch of one import or rollback call and its intent journal: every change is applied to the
 * one current value under a lock and saved at once, so worker threads never lose each other's
 * changes. A host write is announced and saved before it is sent, and settled and saved after.
 */
public final class BatchJournal {
  /** Announces a write on a batch: records the intent as of {@code now}. */
  @FunctionalInterface
  public interface Announcement {
    ImportBatch announce(ImportBatch batch, Instant now);
  }

  /** Refuses a write when this process may not write for the batch (checked before each one). */
  @FunctionalInterface
  private interface Fence {
    void check(ImportBatch batch, Instant now);
  }

  private final ImportBatchRepository batches;
  private final Fence fence;
  private final Clock clock;
  private ImportBatch current;

  private BatchJournal(ImportBatchRepository batches, ImportBatch batch, Fence fence, Clock clock) {
    this.batches = Objects.requireNonNull(batches, "batches");
    this.current = Objects.requireNonNull(batch, "batch");
    this.fence = fence;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The journal of a running batch that {@code owner} holds the lease of. */
  BatchJournal(ImportBatchRepository batches, ImportBatch batch, LeaseOwner owner, Clock clock) {
    this(batches, batch, (b, now) -> b.checkLease(owner.id(), now), clock);
  }

  /**
   * The journal of a batch no import writes for any more (a rollback): it refuses to write while
   * the batch runs, since an import or its resume owns it then.
   */
  public static BatchJournal ofFinished(
      ImportBatchRepository batches, ImportBatch batch, Clock clock) {
    return new BatchJournal(batches, batch, BatchJournal::requireNotRunning, clock);
  }

  public synchronized ImportBatch current() {
    return current;
  }

  /** Applies {@code change} to the current batch and saves the result. */
  public synchronized ImportBatch update(UnaryOperator<ImportBatch> change) {
    current = change.apply(current);
    batches.save(current);
    return current;
  }

  /**
   * Announces the write, sends it with {@code call} and settles it with the host id that {@code
   * idOf} reads from the answer ({@code how} tells creates from adoptions). A refusal settles the
   * intent as failed and is rethrown; a transport failure leaves it pending, for resume to look up.
   */
  public <T> T write(
      Announcement announcement, Supplier<T> call, ToLongFunction<T> idOf, IntentOrigin how) {
    int intentId = announce(announcement);
    T answer;
    try {
      answer = call.get();
    } catch (HostRejectedException | ConflictException e) {
      update(b -> b.failIntent(intentId, e.getMessage(), clock.instant()));
      throw e;
    }
    long hostId = idOf.applyAsLong(answer);
    update(b -> b.completeIntent(intentId, hostId, how, clock.instant()));
    return answer;
  }

  /**
   * Records that the batch reuses host object {@code hostId} (announced and settled as adopted in
   * one save); nothing when the batch holds that object already.
   */
  public synchronized void adopt(Announcement announcement, long hostId) {
    ImportBatch announced = announcement.announce(current, clock.instant());
    if (current.originOf(announced.lastIntent().kind().object(), hostId).isPresent()) {
      return;
    }
    int intentId = announced.lastIntent().id();
    current = announced.completeIntent(intentId, hostId, IntentOrigin.ADOPTED, clock.instant());
    batches.save(current);
  }

  /** Settles pending intent {@code intentId} as done on host object {@code hostId}, found there. */
  public void settleFound(int intentId, long hostId, IntentOrigin how) {
    update(b -> b.completeIntent(intentId, hostId, how, clock.instant()));
  }

  /** Settles pending intent {@code intentId} as not done, for {@code why}. */
  public void settleNotDone(int intentId, String why) {
    update(b -> b.failIntent(intentId, why, clock.instant()));
  }

  /** Extends {@code owner}'s lease while the batch runs; refused if another process took it. */
  synchronized void renewLease(LeaseOwner owner) {
    if (current.status().isRunning()) {
      update(b -> b.renewLease(owner.id(), clock.instant(), owner.ttl()));
    }
  }

  private synchronized int announce(Announcement announcement) {
    fence.check(current, clock.instant());
    return update(b -> announcement.announce(b, clock.instant())).lastIntent().id();
  }

  private static void requireNotRunning(ImportBatch batch, Instant now) {
    if (batch.status().isRunning()) {
      throw new ConflictException(
          "batch " + batch.id() + " is running; resume it or let it finish first");
    }
  }
}
