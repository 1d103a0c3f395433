package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.batch.BatchAccess;
import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.KeyResult;
import dev.relaymanager.domain.batch.Lease;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.PackVersion;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Maps an {@link ImportBatch} to its rows in three tables and back. */
final class ImportBatchRows {
  private ImportBatchRows() {}

  static ImportBatchRow toRow(ImportBatch batch, FingerprintsJson json) {
    BatchHeader header = batch.header();
    return new ImportBatchRow(
        header.id().value(),
        header.providerId().value(),
        header.hostId().value(),
        header.pack().name().value(),
        header.pack().version().toString(),
        header.provider().value(),
        WireNames.of(header.mode()),
        json.write(header.keys()),
        WireNames.of(batch.status()),
        SqliteInstants.text(header.startedAt()),
        batch.finishedAt().map(SqliteInstants::text).orElse(null),
        batch.lease().owner(),
        SqliteInstants.text(batch.lease().expiresAt()),
        batch.failureReason().orElse(null),
        batch.access().map(a -> WireNames.of(a.status())).orElse(null),
        batch.access().map(BatchAccess::failureClass).orElse(null),
        batch.access().map(BatchAccess::detail).orElse(null));
  }

  static List<IntentRow> toIntentRows(ImportBatch batch) {
    String id = batch.id().value();
    return batch.intents().stream()
        .map(intent -> IntentRows.toRow(id, intent))
        .collect(Collectors.toList());
  }

  static List<KeyResultRow> toResultRows(ImportBatch batch) {
    List<KeyResult> results = batch.keyResults();
    List<KeyResultRow> rows = new ArrayList<>();
    for (int position = 0; position < results.size(); position++) {
      rows.add(KeyResultRows.toRow(batch.id().value(), position, results.get(position)));
    }
    return rows;
  }

  static ImportBatch toDomain(
      ImportBatchRow row,
      List<IntentRow> intents,
      List<KeyResultRow> results,
      FingerprintsJson json) {
    BatchHeader header = header(row, json);
    List<Intent> journal = intents.stream().map(IntentRows::toDomain).collect(Collectors.toList());
    List<KeyResult> keyResults =
        results.stream().map(KeyResultRows::toDomain).collect(Collectors.toList());
    // A running batch's finish time is its start time (see ImportBatch.restore).
    Instant finishedAt =
        row.finishedAt() == null ? header.startedAt() : SqliteInstants.parse(row.finishedAt());
    ImportBatch batch =
        ImportBatch.restore(
            header,
            WireNames.parse(BatchStatus.class, "status", row.status()),
            finishedAt,
            new Lease(row.leaseOwner(), SqliteInstants.parse(row.leaseExpiresAt())),
            journal,
            keyResults,
            row.failureReason() == null ? "" : row.failureReason());
    return row.accessStatus() == null
        ? batch
        : batch.recordAccess(
            new BatchAccess(
                WireNames.parse(AccessStatus.class, "access_status", row.accessStatus()),
                row.accessFailureClass(),
                row.accessDetail()));
  }

  private static BatchHeader header(ImportBatchRow row, FingerprintsJson json) {
    return new BatchHeader(
        new BatchId(row.id()),
        new ProviderId(row.providerId()),
        new HostId(row.hostId()),
        new PackRef(new PackName(row.packName()), PackVersion.parse(row.packVersion())),
        new ProviderName(row.providerName()),
        WireNames.parse(ImportMode.class, "mode", row.mode()),
        json.read(row.fingerprints()),
        SqliteInstants.parse(row.startedAt()));
  }
}
