package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.Reconciles;
import dev.relaymanager.application.reconcile.ReconcileActionPlan;
import dev.relaymanager.application.reconcile.ReconcileActionReport;
import dev.relaymanager.application.reconcile.Repair;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs {@code reconcile --repair} and then {@code --prune}: each plan is printed and confirmed
 * unless {@code --yes} (an empty plan needs no answer); a declined plan stops there.
 */
final class ReconcileActions {
  private final CommandContext context;
  private final Reconciles reconciles;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean yes;

  ReconcileActions(
      CommandContext context,
      Reconciles reconciles,
      PrintWriter out,
      PrintWriter err,
      boolean yes) {
    this.context = context;
    this.reconciles = reconciles;
    this.out = out;
    this.err = err;
    this.yes = yes;
  }

  /** The reports of the actions carried out, in order; empty when the first was declined. */
  List<ReconcileActionReport> run(Repair.Command command, boolean repair, boolean prune) {
    List<ReconcileActionReport> done = new ArrayList<>();
    if (repair) {
      if (!confirmed(() -> reconciles.planRepair().execute(command))) {
        return done;
      }
      done.add(reconciles.repair().execute(command));
    }
    if (prune) {
      if (!confirmed(() -> reconciles.planPrune().execute(command.target()))) {
        return done;
      }
      done.add(reconciles.prune().execute(command.target()));
    }
    return done;
  }

  private boolean confirmed(Supplier<ReconcileActionPlan> planner) {
    if (yes) {
      return true;
    }
    ReconcileActionPlan plan = planner.get();
    ReconcileText.printPlan(out, plan);
    out.flush();
    if (plan.isEmpty()) {
      return true;
    }
    boolean answer = Confirmation.ask(context, err, "Carry out this " + plan.action() + "?");
    if (!answer) {
      err.println("No " + plan.action() + "; nothing was written.");
      err.flush();
    }
    return answer;
  }
}
