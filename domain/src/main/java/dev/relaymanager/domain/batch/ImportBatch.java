package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One import run of a provider on a host (PRODUCT §2): its keys (fingerprints only), the journal of
 * every host write, the result of every key, its status, lease and timings. Each transition checks
 * the change and returns a new batch.
 */
public final class ImportBatch {
  private final BatchHeader header;
  private final BatchStatus status;
  private final Instant finishedAt;
  private final Lease lease;
  private final Journal journal;
  private final KeyResults results;
  private final String failureReason;
  private final BatchAccess access;

  private ImportBatch(
      BatchHeader header,
      BatchStatus status,
      Instant finishedAt,
      Lease lease,
      Journal journal,
      KeyResults results,
      String failureReason,
      BatchAccess access) {
    this.header = Objects.requireNonNull(header, "header");
    this.status = Objects.requireNonNull(status, "status");
    this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.results = Objects.requireNonNull(results, "results");
    this.failureReason = Objects.requireNonNull(failureReason, "failureReason");
    this.access = access; // null until the access step ran
  }

  /** A new running batch held by {@code owner} for {@code leaseTtl}. */
  public static ImportBatch start(
      BatchHeader header, String owner, Instant now, Duration leaseTtl) {
    return running(
        header, Lease.of(owner, now, leaseTtl), Journal.empty(), KeyResults.empty(), null);
  }

  /**
   * Rebuilds a stored batch; for repositories only. {@code finishedAt} equals the start while
   * running, {@code failureReason} is empty unless it failed as a whole.
   */
  public static ImportBatch restore(
      BatchHeader header,
      BatchStatus status,
      Instant finishedAt,
      Lease lease,
      List<Intent> intents,
      List<KeyResult> results,
      String failureReason) {
    KeyResults byKey = KeyResults.of(results);
    return new ImportBatch(
        header, status, finishedAt, lease, new Journal(intents), byKey, failureReason, null);
  }

  /** This batch announcing a write of {@code kind} on the object named {@code target}. */
  public ImportBatch recordIntent(IntentKind kind, String target, Instant now) {
    return withJournal(writable(kind).record(kind, target, "", now));
  }

  /** This batch announcing a write on the account of the key with {@code fingerprint}. */
  public ImportBatch recordAccountIntent(
      IntentKind kind, String target, KeyFingerprint fingerprint, Instant now) {
    return withJournal(writable(kind).record(kind, target, fingerprint.hex(), now));
  }

  /** The intent recorded last: the one a caller just announced. */
  public Intent lastIntent() {
    return journal.last();
  }

  /** This batch knowing that intent {@code intentId} was done, on host object {@code objectId}. */
  public ImportBatch completeIntent(int intentId, long objectId, IntentOrigin how, Instant now) {
    if (objectId <= 0) {
      throw InvalidInputException.of("host_object_id", "must be > 0");
    }
    return withJournal(journal.settle(intentId, i -> i.done(objectId, how, now)));
  }

  /** This batch knowing that the host refused intent {@code intentId} with {@code message}. */
  public ImportBatch failIntent(int intentId, String message, Instant now) {
    return withJournal(journal.settle(intentId, i -> i.failed(message, now)));
  }

  /**
   * This batch with the outcome of its access step (closure and check of its mode), which {@link
   * #finish} takes into account; the import records it after the accounts, repositories on restore.
   */
  public ImportBatch recordAccess(BatchAccess outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return new ImportBatch(
        header, status, finishedAt, lease, journal, results, failureReason, outcome);
  }

  /** The batch's access outcome, or empty when its access step has not run. */
  public Optional<BatchAccess> access() {
    return Optional.ofNullable(access);
  }

  /** This batch with {@code result} for its key, replacing an earlier one (a resumed test). */
  public ImportBatch recordKeyResult(KeyResult result) {
    requireRunning();
    if (!header.keys().contains(result.fingerprint())) {
      throw InvalidInputException.of("key", "is not a key of batch " + id());
    }
    return new ImportBatch(
        header, status, finishedAt, lease, journal, results.with(result), failureReason, access);
  }

  /**
   * This batch finished, its status computed from the key results. Every intent must be settled: a
   * pending one means the host state is unknown.
   */
  public ImportBatch finish(Instant now) {
    requireRunning();
    if (!journal.pending().isEmpty()) {
      throw new ConflictException(
          "batch " + id() + " has unsettled host writes; look them up before finishing");
    }
    return moveTo(
        BatchOutcome.of(header.keys(), results.asMap(), access == null || access.isReady()),
        now,
        "");
  }

  /** This batch failed as a whole (e.g. the host became unreachable); it can be resumed. */
  public ImportBatch fail(String reason, Instant now) {
    requireRunning();
    return moveTo(BatchStatus.FAILED, now, reason);
  }

  /**
   * This batch taken up again by {@code owner}: a running one whose lease ran out (its owner died)
   * or that {@code owner} holds, or a failed one.
   */
  public ImportBatch resume(String owner, Instant now, Duration leaseTtl) {
    BatchRefusals.checkResumable(this, owner, now);
    return running(header, Lease.of(owner, now, leaseTtl), journal, results, access);
  }

  /** This batch with {@code owner}'s lease extended; refused when another process holds it. */
  public ImportBatch renewLease(String owner, Instant now, Duration leaseTtl) {
    requireRunning();
    checkLease(owner, now);
    return new ImportBatch(
        header, status, finishedAt, Lease.of(owner, now, leaseTtl), journal, results, "", access);
  }

  /** Refuses {@code owner} when another process holds the lease (fencing before each write). */
  public void checkLease(String owner, Instant now) {
    if (!lease.admits(owner, now)) {
      throw new ConflictException(
          "batch " + id() + " is held by " + lease.owner() + " until " + lease.expiresAt());
    }
  }

  /** This batch with everything it created deleted; a second call changes nothing. */
  public ImportBatch markRolledBack(Instant now) {
    return status == BatchStatus.ROLLED_BACK ? this : moveTo(BatchStatus.ROLLED_BACK, now, "");
  }

  /** This batch after a rollback that could not delete everything it created. */
  public ImportBatch markRollbackFailed(String reason, Instant now) {
    return moveTo(BatchStatus.ROLLBACK_FAILED, now, reason);
  }

  /**
   * What a rollback or compensation may delete: the objects this batch created (never adopted ones)
   * and has not deleted yet, in deletion order.
   */
  public List<Intent> objectsCreated() {
    return journal.createdObjects();
  }

  /**
   * How this batch came to hold the host object {@code hostId} of kind {@code object}: the origin
   * of its done create, or empty when the batch has none for it.
   */
  public Optional<IntentOrigin> originOf(HostObjectKind object, long hostId) {
    return journal.originOf(object, hostId);
  }

  /** The keys that have no result yet: what a resumed batch still has to do. */
  public List<KeyFingerprint> keysWithoutResult() {
    return header.keys().stream().filter(k -> !results.has(k)).toList();
  }

  /** The writes whose outcome is unknown: resume looks each up on the host before redoing it. */
  public List<Intent> pendingIntents() {
    return journal.pending();
  }

  public BatchId id() {
    return header.id();
  }

  public BatchHeader header() {
    return header;
  }

  public List<KeyFingerprint> keys() {
    return header.keys();
  }

  public BatchStatus status() {
    return status;
  }

  public Instant startedAt() {
    return header.startedAt();
  }

  /** When it finished, or empty while it runs. */
  public Optional<Instant> finishedAt() {
    return status.isRunning() ? Optional.empty() : Optional.of(finishedAt);
  }

  public Lease lease() {
    return lease;
  }

  public List<Intent> intents() {
    return journal.intents();
  }

  /** The key results recorded so far, in the order recorded. */
  public List<KeyResult> keyResults() {
    return results.all();
  }

  /** The result of the key with {@code fingerprint}, if recorded. */
  public Optional<KeyResult> keyResult(KeyFingerprint fingerprint) {
    return results.find(fingerprint);
  }

  /** Why the batch failed as a whole, or empty. */
  public Optional<String> failureReason() {
    return failureReason.isEmpty() ? Optional.empty() : Optional.of(failureReason);
  }

  @Override
  public String toString() {
    return "ImportBatch[" + id() + " " + status.wireName() + "]";
  }

  /** A running batch: its finish time is its start until it finishes, and it has no failure. */
  private static ImportBatch running(
      BatchHeader header, Lease lease, Journal journal, KeyResults results, BatchAccess access) {
    return new ImportBatch(
        header, BatchStatus.RUNNING, header.startedAt(), lease, journal, results, "", access);
  }

  private Journal writable(IntentKind kind) {
    BatchRefusals.checkWritable(this, kind);
    return journal;
  }

  private void requireRunning() {
    BatchRefusals.checkRunning(this);
  }

  private ImportBatch withJournal(Journal changed) {
    return new ImportBatch(
        header, status, finishedAt, lease, changed, results, failureReason, access);
  }

  private ImportBatch moveTo(BatchStatus next, Instant now, String reason) {
    BatchRefusals.checkTransition(this, next);
    Instant finished = status.isRunning() ? now : finishedAt;
    return new ImportBatch(header, next, finished, lease, journal, results, reason, access);
  }
}
