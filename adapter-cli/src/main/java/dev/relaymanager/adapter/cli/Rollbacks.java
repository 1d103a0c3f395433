package dev.relaymanager.adapter.cli;

import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;
import java.util.Objects;

/** The rollback use cases the commands call, over one state file. */
public record Rollbacks(PlanRollback plan, RollBack rollBack) {
  public Rollbacks {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rollBack, "rollBack");
  }
}
