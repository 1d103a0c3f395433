package dev.relaymanager.adapter.http;

import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.application.rollback.RollbackTarget;
import dev.relaymanager.domain.rollback.Force;

/**
 * The body of the rollback routes, all optional: {@code force} also deletes objects kept to protect
 * them; {@code dry_run} answers the plan and deletes nothing.
 */
public record RollbackRequest(Boolean force, Boolean dryRun) {

  /** The defaults, for an empty body: no force, carried out. */
  static RollbackRequest empty() {
    return new RollbackRequest(null, null);
  }

  RollBack.Command toCommand(RollbackTarget target) {
    return new RollBack.Command(
        target, Boolean.TRUE.equals(force) ? Force.OVERRIDE_KEEPS : Force.RESPECT_KEEPS);
  }

  boolean isDryRun() {
    return Boolean.TRUE.equals(dryRun);
  }
}
