package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.reconcile.PrunePlan;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prunes drift ({@code reconcile --prune}): deletes every orphan and every extra copy of a
 * duplicate that the findings name (never a foreign object), then reconciles again and reports.
 */
public final class Prune {
  private final ReconcileReading reading;
  private final Reconcile reconcile;

  public Prune(ReconcileSetup setup) {
    this.reading = setup.reading();
    this.reconcile = setup.reconcile(reading);
  }

  /**
   * Prunes and reports; a refused delete is an outcome, not an exception.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the provider or host is unknown
   * @throws dev.relaymanager.domain.shared.HostUnreachableException if the host does not answer
   */
  public ReconcileActionReport execute(ReconcileTarget target) {
    ReconcileReading.Reading read = reading.read(target);
    List<ActionOutcome> outcomes = new ArrayList<>();
    for (HostObjectRef ref : PrunePlan.of(read.findings()).deletions()) {
      String step = "delete " + ref;
      try {
        DeleteOutcome outcome = delete(read.admin(), ref);
        outcomes.add(
            new ActionOutcome(
                step, outcome == DeleteOutcome.DELETED ? "done" : "already_gone", null));
      } catch (HostRejectedException | ConflictException e) {
        outcomes.add(new ActionOutcome(step, "failed", e.getMessage()));
      }
    }
    return new ReconcileActionReport("prune", outcomes, List.of(), reconcile.execute(target));
  }

  private static DeleteOutcome delete(HostAdmin admin, HostObjectRef ref) {
    switch (ref.kind()) {
      case CHANNEL:
        return admin.deleteChannel(ref.id());
      case ACCOUNT:
        return admin.deleteAccount(ref.id());
      case GROUP:
        return admin.deleteGroup(ref.id());
      default:
        throw new AssertionError(ref.kind());
    }
  }
}
