package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.imports.ImportCounts;
import dev.relaymanager.application.imports.ImportReport;
import dev.relaymanager.application.imports.KeyReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an import batch's report for people: a summary, a table of its keys (short fingerprints
 * only), then the host's messages for the keys that failed.
 */
final class ReportText {
  private static final List<String> HEADER =
      List.of("KEY", "ACCOUNT", "OUTCOME", "TEST", "CLASS", "PAUSED", "HINT");

  private ReportText() {}

  static void print(PrintWriter out, ImportReport report) {
    out.println(
        "Batch "
            + report.batchId()
            + ": "
            + report.status()
            + " ("
            + report.provider()
            + " of "
            + report.pack()
            + " on "
            + report.host()
            + ", "
            + report.mode()
            + ")");
    out.println("  provider " + report.providerId() + ", " + timing(report));
    out.println("  " + counts(report.counts()));
    if (report.failureReason() != null) {
      out.println("  failure: " + report.failureReason());
    }
    if (report.note() != null) {
      out.println("  note: " + report.note());
    }
    if (report.access() != null) {
      AccessText.printImportAccess(out, report.access());
    }
    if (!report.keys().isEmpty()) {
      TextTable.print(out, rows(report.keys()));
    }
    hostMessages(out, report.keys());
  }

  static String counts(ImportCounts counts) {
    return "accounts "
        + counts.accounts()
        + ": created "
        + counts.created()
        + ", adopted "
        + counts.adopted()
        + ", tested "
        + counts.tested()
        + ", failed "
        + counts.failed();
  }

  private static String timing(ImportReport report) {
    String started = "started " + report.startedAt();
    return report.elapsedMs() == null
        ? started + ", still running"
        : started + ", took " + report.elapsedMs() + " ms";
  }

  private static List<List<String>> rows(List<KeyReport> keys) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (KeyReport key : keys) {
      rows.add(
          List.of(
              key.fingerprint(),
              key.accountId() == null ? "-" : key.accountId().toString(),
              key.outcome(),
              key.test(),
              PreviewText.orDash(key.failureClass()),
              key.paused() ? "yes" : "no",
              PreviewText.orDash(key.hint())));
    }
    return rows;
  }

  private static void hostMessages(PrintWriter out, List<KeyReport> keys) {
    for (KeyReport key : keys) {
      if (key.hostMessage() != null) {
        out.println("  " + key.fingerprint() + ": the host said: " + key.hostMessage());
      }
    }
  }
}
