package dev.relaymanager.adapter.http;

import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;
import java.util.Objects;

/** The use cases that the rollback routes call. */
public record RollbackUseCases(PlanRollback plan, RollBack rollBack) {
  public RollbackUseCases {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rollBack, "rollBack");
  }
}
