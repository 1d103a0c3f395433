package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.reconcile.ActionOutcome;
import dev.relaymanager.application.reconcile.FindingView;
import dev.relaymanager.application.reconcile.ReconcileActionPlan;
import dev.relaymanager.application.reconcile.ReconcileActionReport;
import dev.relaymanager.application.reconcile.ReconcileReportView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders reconcile results for people: a report as a table of findings, and a repair or prune as
 * its plan or its outcomes followed by the new report.
 */
final class ReconcileText {
  private static final List<String> HEADER =
      List.of("CODE", "KIND", "HOST_ID", "NAME", "DESCRIPTION", "DIFF", "HINT");

  private ReconcileText() {}

  static void printReport(PrintWriter out, ReconcileReportView report) {
    String scope =
        report.providerId() == null ? "host " + report.host() : "provider " + report.providerId();
    out.println(
        "Reconcile "
            + report.id()
            + " of "
            + scope
            + " on "
            + report.host()
            + ": "
            + report.result()
            + " ("
            + report.findings().size()
            + " finding(s))");
    if (report.findings().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (FindingView f : report.findings()) {
      rows.add(
          List.of(
              f.code(),
              f.kind(),
              Long.toString(f.hostId()),
              f.name(),
              f.description(),
              String.join("; ", f.diffs()),
              f.hint()));
    }
    TextTable.print(out, rows, "  ");
  }

  static void printPlan(PrintWriter out, ReconcileActionPlan plan) {
    out.println(plan.action() + " plan: " + plan.steps().size() + " write(s)");
    plan.steps().forEach(s -> out.println("  - " + s));
    plan.notes().forEach(n -> out.println("  cannot: " + n));
  }

  static void printAction(PrintWriter out, ReconcileActionReport report) {
    out.println(report.action() + ": " + report.outcomes().size() + " write(s)");
    for (ActionOutcome o : report.outcomes()) {
      String detail = o.detail() == null ? "" : " (" + o.detail() + ")";
      out.println("  " + o.outcome() + ": " + o.step() + detail);
    }
    report.notes().forEach(n -> out.println("  not done: " + n));
    out.println("After " + report.action() + ":");
    printReport(out, report.after());
  }
}
