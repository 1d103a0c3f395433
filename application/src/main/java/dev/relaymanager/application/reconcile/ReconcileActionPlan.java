package dev.relaymanager.application.reconcile;

import java.util.List;

/**
 * What a repair or prune will do, printed before the operator confirms.
 *
 * @param action {@code repair} or {@code prune}
 * @param steps the host writes, in order
 * @param notes what it cannot do, each with how to do it (e.g. an account whose key is needed)
 */
public record ReconcileActionPlan(String action, List<String> steps, List<String> notes) {
  public ReconcileActionPlan {
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  /** Whether there is nothing to write. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
