package dev.relaymanager.adapter.cli;

import dev.relaymanager.application.reconcile.PlanPrune;
import dev.relaymanager.application.reconcile.PlanRepair;
import dev.relaymanager.application.reconcile.Prune;
import dev.relaymanager.application.reconcile.Reconcile;
import dev.relaymanager.application.reconcile.Repair;
import java.util.Objects;

/** The reconcile, repair and prune use cases the commands call, over one state file. */
public record Reconciles(
    Reconcile reconcile, PlanRepair planRepair, Repair repair, PlanPrune planPrune, Prune prune) {
  public Reconciles {
    Objects.requireNonNull(reconcile, "reconcile");
    Objects.requireNonNull(planRepair, "planRepair");
    Objects.requireNonNull(repair, "repair");
    Objects.requireNonNull(planPrune, "planPrune");
    Objects.requireNonNull(prune, "prune");
  }
}
