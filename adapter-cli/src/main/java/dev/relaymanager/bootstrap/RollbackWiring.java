package dev.relaymanager.bootstrap;

import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.application.rollback.UserSideObjects;

/** The rollback use cases over the same repositories as the imports, with the users API. */
public record RollbackWiring(PlanRollback plan, RollBack rollBack) {

  static RollbackWiring of(ImportWiring.Parts p, UserSideObjects userSide) {
    ImportTargets targets =
        new ImportTargets(p.hosts(), p.packs(), p.providers(), p.sessions(), p.ids(), p.clock());
    return new RollbackWiring(
        new PlanRollback(targets, p.batches(), p.providers(), p.hosts(), userSide),
        new RollBack(targets, p.batches(), p.providers(), p.hosts(), p.clock(), userSide));
  }
}
