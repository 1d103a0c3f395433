package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import java.time.Instant;

/**
 * One import batch as listed.
 *
 * @param finishedAt null while it runs
 */
public record BatchSummary(
    String id,
    String host,
    String providerId,
    String pack,
    String provider,
    String mode,
    String status,
    ImportCounts counts,
    Instant startedAt,
    Instant finishedAt) {

  static BatchSummary of(ImportBatch batch, String hostName) {
    return new BatchSummary(
        batch.id().value(),
        hostName,
        batch.header().providerId().value(),
        batch.header().pack().toString(),
        batch.header().provider().value(),
        batch.header().mode().wireName(),
        batch.status().wireName(),
        ImportCounts.of(batch),
        batch.startedAt(),
        batch.finishedAt().orElse(null));
  }
}
