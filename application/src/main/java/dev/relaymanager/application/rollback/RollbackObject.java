package dev.relaymanager.application.rollback;

import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.rollback.KeepReason;
import dev.relaymanager.domain.rollback.RollbackStep;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One host object of a rollback, as planned or as done.
 *
 * @param kind {@code channel}, {@code account} or {@code group}
 * @param action planned: {@code delete} or {@code keep}; done: {@code deleted}, {@code
 *     already_gone}, {@code kept}, {@code failed} or {@code still_present}
 * @param detail why it is kept, which keeps {@code --force} overrode, or the host's refusal; null
 *     when there is nothing to say
 */
public record RollbackObject(String kind, long hostId, String name, String action, String detail) {

  /** The planned step, before anything is sent. */
  static RollbackObject planned(RollbackStep step) {
    if (step instanceof RollbackStep.Delete) {
      List<KeepReason> overridden = ((RollbackStep.Delete) step).overridden();
      String forced = overridden.isEmpty() ? null : "forced although " + texts(overridden);
      return of(step.object(), "delete", forced);
    }
    return of(step.object(), "keep", texts(((RollbackStep.Keep) step).reasons()));
  }

  /** This object with {@code newAction}, e.g. a planned delete once done. */
  RollbackObject withAction(String newAction) {
    return new RollbackObject(kind, hostId, name, newAction, detail);
  }

  static RollbackObject of(HostObjectRef ref, String action, String detail) {
    return new RollbackObject(ref.kind().wireName(), ref.id(), ref.name(), action, detail);
  }

  private static String texts(List<KeepReason> reasons) {
    return reasons.stream().map(KeepReason::text).collect(Collectors.joining("; "));
  }
}
