package dev.relaymanager.bootstrap;

import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.application.rollback.PlanRollback;
import dev.relaymanager.application.rollback.RollBack;

/** The rollback use cases over the same repositories as the imports. */
record RollbackWiring(PlanRollback plan, RollBack rollBack) {

  static RollbackWiring of(ImportWiring.Parts p) {
    ImportTargets targets =
        new ImportTargets(p.hosts(), p.packs(), p.providers(), p.sessions(), p.ids(), p.clock());
    return new RollbackWiring(
        new PlanRollback(targets, p.batches(), p.providers(), p.hosts()),
        new RollBack(targets, p.batches(), p.providers(), p.hosts(), p.clock()));
  }
}
