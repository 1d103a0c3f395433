package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.shared.RelayException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what a failed batch created (never what it adopted), channel first and group last, each
 * delete journaled; the batch ends rolled back, or rollback failed with what could not be deleted.
 */
final class Compensation {
  private final HostAdmin admin;
  private final BatchJournal journal;
  private final Clock clock;

  Compensation(HostAdmin admin, BatchJournal journal, Clock clock) {
    this.admin = admin;
    this.journal = journal;
    this.clock = clock;
  }

  void run() {
    List<String> problems = new ArrayList<>();
    for (Intent created : journal.current().objectsCreated()) {
      try {
        delete(created);
      } catch (RelayException e) {
        problems.add(created.target() + ": " + e.getMessage());
      }
    }
    if (problems.isEmpty()) {
      journal.update(b -> b.markRolledBack(clock.instant()));
    } else {
      String reason = "could not delete " + String.join("; ", problems);
      journal.update(b -> b.markRollbackFailed(reason, clock.instant()));
    }
  }

  private void delete(Intent created) {
    long id = created.hostObjectId();
    IntentKind kind = deleteKind(created.kind().object());
    journal.write(
        (b, now) -> announce(b, kind, created, now),
        () -> {
          deleteOnHost(kind, id);
          return id;
        },
        Long::longValue,
        IntentOrigin.NONE);
  }

  private static ImportBatch announce(
      ImportBatch batch, IntentKind kind, Intent created, Instant now) {
    return created.fingerprint().isPresent()
        ? batch.recordAccountIntent(kind, created.target(), created.fingerprint().get(), now)
        : batch.recordIntent(kind, created.target(), now);
  }

  private void deleteOnHost(IntentKind kind, long id) {
    switch (kind) {
      case DELETE_CHANNEL:
        admin.deleteChannel(id);
        break;
      case DELETE_ACCOUNT:
        admin.deleteAccount(id);
        break;
      case DELETE_GROUP:
        admin.deleteGroup(id);
        break;
      default:
        throw new AssertionError(kind);
    }
  }

  private static IntentKind deleteKind(HostObjectKind object) {
    switch (object) {
      case CHANNEL:
        return IntentKind.DELETE_CHANNEL;
      case ACCOUNT:
        return IntentKind.DELETE_ACCOUNT;
      case GROUP:
        return IntentKind.DELETE_GROUP;
      default:
        throw new AssertionError(object);
    }
  }
}
