package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.IntentState;
import java.time.Instant;

/** Maps an {@link Intent} to an {@link IntentRow} and back; absent values are stored as NULL. */
final class IntentRows {
  private IntentRows() {}

  static IntentRow toRow(String batchId, Intent intent) {
    return new IntentRow(
        batchId,
        intent.id(),
        WireNames.of(intent.kind()),
        intent.target(),
        nullIfEmpty(intent.fingerprintHex()),
        WireNames.of(intent.state()),
        WireNames.of(intent.origin()),
        intent.hostObjectId() == 0 ? null : intent.hostObjectId(),
        nullIfEmpty(intent.detail()),
        SqliteInstants.text(intent.recordedAt()),
        intent.isPending() ? null : SqliteInstants.text(intent.settledAt()));
  }

  static Intent toDomain(IntentRow row) {
    Instant recordedAt = SqliteInstants.parse(row.recordedAt());
    return new Intent(
        row.intentId(),
        WireNames.parse(IntentKind.class, "intent kind", row.kind()),
        row.target(),
        row.fingerprint() == null ? "" : row.fingerprint(),
        WireNames.parse(IntentState.class, "intent state", row.state()),
        WireNames.parse(IntentOrigin.class, "intent origin", row.origin()),
        row.hostObjectId() == null ? 0 : row.hostObjectId(),
        row.message() == null ? "" : row.message(),
        recordedAt,
        // A pending intent's settled time is its recorded time (see Intent).
        row.completedAt() == null ? recordedAt : SqliteInstants.parse(row.completedAt()));
  }

  private static String nullIfEmpty(String text) {
    return text.isEmpty() ? null : text;
  }
}
