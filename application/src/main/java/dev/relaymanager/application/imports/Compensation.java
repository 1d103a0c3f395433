package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.shared.RelayException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what a failed batch created (never what it adopted), channel first and group last, each
 * delete journaled; the batch ends rolled back, or rollback failed with what could not be deleted.
 * The probe user's objects are left to a rollback, which has the users API.
 */
final class Compensation {
  private final HostDeletes deletes;
  private final BatchJournal journal;
  private final Clock clock;

  Compensation(HostAdmin admin, BatchJournal journal, Clock clock) {
    this.deletes = new HostDeletes(admin, journal, clock);
    this.journal = journal;
    this.clock = clock;
  }

  void run() {
    List<String> problems = new ArrayList<>();
    for (Intent created : journal.current().objectsCreated()) {
      if (created.kind().object().isUserSide()) {
        problems.add(created.target() + ": the probe user's, left for rollback (users API)");
        continue;
      }
      try {
        deletes.delete(created);
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
}
