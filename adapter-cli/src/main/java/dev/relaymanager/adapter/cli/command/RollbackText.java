package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.rollback.PlannedRollback;
import dev.relaymanager.application.rollback.RollbackObject;
import dev.relaymanager.application.rollback.RollbackPreview;
import dev.relaymanager.application.rollback.RollbackReport;
import dev.relaymanager.application.rollback.RolledBackBatch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a rollback for people: the plan (per batch, the deletes in the order they are sent and
 * the objects kept with their reasons), and the report (per batch, what happened to each object).
 */
final class RollbackText {
  private static final List<String> HEADER = List.of("ACTION", "KIND", "HOST_ID", "NAME", "DETAIL");

  private RollbackText() {}

  static void printPlan(PrintWriter out, RollbackPreview preview) {
    out.println("Rollback plan for provider " + preview.providerId());
    line(out, "note", preview.note());
    for (PlannedRollback batch : preview.batches()) {
      out.println("Batch " + batch.batchId() + " (" + batch.status() + "): " + batch.summary());
      line(out, "note", batch.note());
      List<RollbackObject> objects = new ArrayList<>(batch.deletes());
      objects.addAll(batch.keeps());
      table(out, objects);
    }
  }

  static void printReport(PrintWriter out, RollbackReport report) {
    out.println("Rollback of provider " + report.providerId() + ": " + report.status());
    line(out, "note", report.note());
    for (RolledBackBatch batch : report.batches()) {
      out.println("Batch " + batch.batchId() + ": " + batch.status());
      line(out, "note", batch.note());
      line(out, "left", batch.left());
      table(out, batch.objects());
    }
  }

  private static void table(PrintWriter out, List<RollbackObject> objects) {
    if (objects.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (RollbackObject o : objects) {
      rows.add(
          List.of(
              o.action(),
              o.kind(),
              Long.toString(o.hostId()),
              o.name(),
              o.detail() == null ? "" : o.detail()));
    }
    TextTable.print(out, rows, "  ");
  }

  private static void line(PrintWriter out, String label, String text) {
    if (text != null) {
      out.println("  " + label + ": " + text);
    }
  }
}
