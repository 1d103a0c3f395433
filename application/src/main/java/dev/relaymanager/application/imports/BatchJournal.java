package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The running batch of one import call and its intent journal: every change is applied to the one
 * current value under a lock and saved at once, so worker threads never lose each other's changes.
 * A host write is announced and saved before it is sent, and settled and saved after.
 */
final class BatchJournal {
  /** Announces a write on a batch: records the intent as of {@code now}. */
  @FunctionalInterface
  interface Announcement {
    ImportBatch announce(ImportBatch batch, Instant now);
  }

  private final ImportBatchRepository batches;
  private final LeaseOwner owner;
  private final Clock clock;
  private ImportBatch current;

  BatchJournal(ImportBatchRepository batches, ImportBatch batch, LeaseOwner owner, Clock clock) {
    this.batches = batches;
    this.current = batch;
    this.owner = owner;
    this.clock = clock;
  }

  synchronized ImportBatch current() {
    return current;
  }

  /** Applies {@code change} to the current batch and saves the result. */
  synchronized ImportBatch update(UnaryOperator<ImportBatch> change) {
    current = change.apply(current);
    batches.save(current);
    return current;
  }

  /**
   * Announces the write, sends it with {@code call} and settles it with the host id that {@code
   * idOf} reads from the answer ({@code how} tells creates from adoptions). A refusal settles the
   * intent as failed and is rethrown; a transport failure leaves it pending, for resume to look up.
   */
  <T> T write(
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
  synchronized void adopt(Announcement announcement, long hostId) {
    ImportBatch announced = announcement.announce(current, clock.instant());
    if (current.originOf(announced.lastIntent().kind().object(), hostId).isPresent()) {
      return;
    }
    int intentId = announced.lastIntent().id();
    current = announced.completeIntent(intentId, hostId, IntentOrigin.ADOPTED, clock.instant());
    batches.save(current);
  }

  /** Extends the lease while the batch runs; refused if another process took it over. */
  synchronized void renewLease() {
    if (current.status().isRunning()) {
      update(b -> b.renewLease(owner.id(), clock.instant(), owner.ttl()));
    }
  }

  private synchronized int announce(Announcement announcement) {
    current.checkLease(owner.id(), clock.instant());
    return update(b -> announcement.announce(b, clock.instant())).lastIntent().id();
  }
}
