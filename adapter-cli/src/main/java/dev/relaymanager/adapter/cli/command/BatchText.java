package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.imports.BatchSummary;
import dev.relaymanager.application.imports.ImportCounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Renders import batches as a table, newest first. */
final class BatchText {
  private static final List<String> HEADER =
      List.of(
          "ID",
          "HOST",
          "PROVIDER",
          "PACK",
          "MODE",
          "STATUS",
          "CREATED",
          "TESTED",
          "FAILED",
          "STARTED AT");

  private BatchText() {}

  static void table(PrintWriter out, List<BatchSummary> batches) {
    if (batches.isEmpty()) {
      out.println("No import batches. Start one with: relay-manager import apply ...");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (BatchSummary batch : batches) {
      ImportCounts counts = batch.counts();
      rows.add(
          List.of(
              batch.id(),
              batch.host(),
              batch.provider(),
              batch.pack(),
              batch.mode(),
              batch.status(),
              (counts.created() + counts.adopted()) + "/" + counts.accounts(),
              counts.tested() + "/" + counts.accounts(),
              Integer.toString(counts.failed()),
              batch.startedAt().toString()));
    }
    TextTable.print(out, rows);
  }
}
