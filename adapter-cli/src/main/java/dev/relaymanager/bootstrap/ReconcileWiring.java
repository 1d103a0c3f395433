package dev.relaymanager.bootstrap;

import dev.relaymanager.application.reconcile.ListReconcileReports;
import dev.relaymanager.application.reconcile.PlanPrune;
import dev.relaymanager.application.reconcile.PlanRepair;
import dev.relaymanager.application.reconcile.Prune;
import dev.relaymanager.application.reconcile.Reconcile;
import dev.relaymanager.application.reconcile.ReconcileSetup;
import dev.relaymanager.application.reconcile.Repair;
import dev.relaymanager.application.reconcile.ShowReconcileReport;
import dev.relaymanager.domain.port.ReconcileReportRepository;

/** The reconcile, repair, prune and report use cases over the imports' repositories. */
public record ReconcileWiring(
    Reconcile reconcile,
    PlanRepair planRepair,
    Repair repair,
    PlanPrune planPrune,
    Prune prune,
    ListReconcileReports listReports,
    ShowReconcileReport showReport) {

  static ReconcileWiring of(ImportWiring.Parts p, ReconcileReportRepository reports) {
    ReconcileSetup setup =
        new ReconcileSetup(
            p.hosts(),
            p.providers(),
            p.packs(),
            p.batches(),
            reports,
            p.sessions(),
            p.ids(),
            p.clock());
    return new ReconcileWiring(
        new Reconcile(setup),
        new PlanRepair(p.hosts(), p.providers(), p.packs(), p.batches(), p.sessions()),
        new Repair(setup),
        new PlanPrune(p.hosts(), p.providers(), p.packs(), p.batches(), p.sessions()),
        new Prune(setup),
        new ListReconcileReports(reports, p.hosts(), p.providers()),
        new ShowReconcileReport(reports, p.hosts()));
  }
}
