package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An import batch as reported to operators: its identity, status, per-key results, the host writes
 * of its journal, counts and timings. Keys appear only as short fingerprints.
 *
 * @param status {@code running}, {@code succeeded}, {@code partially_succeeded}, {@code failed},
 *     {@code rolled_back} or {@code rollback_failed}
 * @param failureReason why the batch failed as a whole, or null
 * @param note a remark about this call, e.g. that there was nothing to resume; null when none
 * @param access what the access step found for the batch's mode; null when it has not run
 * @param finishedAt null while the batch runs
 * @param elapsedMs from start to finish; null while the batch runs
 */
public record ImportReport(
    String batchId,
    String host,
    String providerId,
    String pack,
    String provider,
    String mode,
    String status,
    String failureReason,
    String note,
    ImportCounts counts,
    ImportAccessReport access,
    List<KeyReport> keys,
    List<BatchObject> writes,
    Instant startedAt,
    Instant finishedAt,
    Long elapsedMs) {

  public ImportReport {
    keys = List.copyOf(keys);
    writes = List.copyOf(writes);
  }

  /** The report of {@code batch} on the host called {@code hostName}. */
  static ImportReport of(ImportBatch batch, String hostName, String note) {
    Instant finished = batch.finishedAt().orElse(null);
    return new ImportReport(
        batch.id().value(),
        hostName,
        batch.header().providerId().value(),
        batch.header().pack().toString(),
        batch.header().provider().value(),
        batch.header().mode().wireName(),
        batch.status().wireName(),
        batch.failureReason().orElse(null),
        note.isEmpty() ? null : note,
        ImportCounts.of(batch),
        batch.access().map(ImportAccessReport::of).orElse(null),
        batch.keys().stream().map(k -> KeyReport.of(batch, k)).collect(Collectors.toList()),
        batch.intents().stream().map(BatchObject::of).collect(Collectors.toList()),
        batch.startedAt(),
        finished,
        finished == null ? null : Duration.between(batch.startedAt(), finished).toMillis());
  }
}
