package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.BatchJournal;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.LiveState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Settles the deletes an interrupted rollback left pending, from the host as read back: a delete
 * whose object is gone is done; one whose object is still there is failed, and planned again.
 */
final class InterruptedDeletes {
  private InterruptedDeletes() {}

  static void settle(
      BatchJournal journal, List<Intent> interrupted, LiveState readBack, Clock clock) {
    for (Intent delete : interrupted) {
      Optional<Intent> created = createdFor(journal, delete);
      if (created.isPresent() && !ReadBack.holds(readBack, ref(created.get()))) {
        long id = created.get().hostObjectId();
        journal.update(b -> b.completeIntent(delete.id(), id, IntentOrigin.NONE, clock.instant()));
      } else {
        String why = "interrupted before the host answered; planned again";
        journal.update(b -> b.failIntent(delete.id(), why, clock.instant()));
      }
    }
  }

  // The object the delete was for: created by the batch, same kind, name and key.
  private static Optional<Intent> createdFor(BatchJournal journal, Intent delete) {
    HostObjectKind kind = delete.kind().object();
    return journal.current().objectsCreated().stream()
        .filter(c -> c.kind().object() == kind && c.target().equals(delete.target()))
        .filter(c -> c.fingerprintHex().equals(delete.fingerprintHex()))
        .findFirst();
  }

  private static HostObjectRef ref(Intent created) {
    return new HostObjectRef(created.kind().object(), created.hostObjectId(), created.target());
  }
}
