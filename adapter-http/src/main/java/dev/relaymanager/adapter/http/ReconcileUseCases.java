package dev.relaymanager.adapter.http;

import dev.relaymanager.application.reconcile.ListReconcileReports;
import dev.relaymanager.application.reconcile.PlanPrune;
import dev.relaymanager.application.reconcile.PlanRepair;
import dev.relaymanager.application.reconcile.Prune;
import dev.relaymanager.application.reconcile.Reconcile;
import dev.relaymanager.application.reconcile.Repair;
import dev.relaymanager.application.reconcile.ShowReconcileReport;
import java.util.Objects;

/** The use cases that the reconcile routes call. */
public record ReconcileUseCases(
    Reconcile reconcile,
    PlanRepair planRepair,
    Repair repair,
    PlanPrune planPrune,
    Prune prune,
    ListReconcileReports listReports,
    ShowReconcileReport showReport) {
  public ReconcileUseCases {
    Objects.requireNonNull(reconcile, "reconcile");
    Objects.requireNonNull(planRepair, "planRepair");
    Objects.requireNonNull(repair, "repair");
    Objects.requireNonNull(planPrune, "planPrune");
    Objects.requireNonNull(prune, "prune");
    Objects.requireNonNull(listReports, "listReports");
    Objects.requireNonNull(showReport, "showReport");
  }
}
