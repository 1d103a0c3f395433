package dev.relaymanager.application.reconcile;

import java.util.List;

/**
 * The result of a repair or prune: each write's outcome, what was left undone, and the report of
 * the reconcile run right after it (the new state).
 *
 * @param action {@code repair} or {@code prune}
 */
public record ReconcileActionReport(
    String action, List<ActionOutcome> outcomes, List<String> notes, ReconcileReportView after) {
  public ReconcileActionReport {
    outcomes = List.copyOf(outcomes);
    notes = List.copyOf(notes);
  }
}
