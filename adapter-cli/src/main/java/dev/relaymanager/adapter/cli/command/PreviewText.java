package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.imports.ImportPreview;
import dev.relaymanager.application.imports.PlannedChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders an import's plan for people: a line of context, a table of objects, then remarks. */
final class PreviewText {
  private static final List<String> HEADER =
      List.of("OBJECT", "NAME", "KEY", "ACTION", "HOST ID", "CHANGES");

  private PreviewText() {}

  static void print(PrintWriter out, ImportPreview preview) {
    out.println(
        "Plan for "
            + preview.provider()
            + " of "
            + preview.pack()
            + " on "
            + preview.host()
            + " ("
            + preview.mode()
            + ", "
            + preview.keys()
            + (preview.keys() == 1 ? " key): " : " keys): ")
            + preview.verdict());
    if (!preview.changes().isEmpty()) {
      TextTable.print(out, rows(preview.changes()));
    }
    remarks(out, "Host lacks", preview.capabilityProblems());
    remarks(out, "Blocked", preview.blockers());
    preview
        .duplicates()
        .forEach(
            d ->
                out.println(
                    "Duplicate accounts for key "
                        + d.fingerprint()
                        + ": keeping "
                        + d.keptId()
                        + ", extra "
                        + d.extraIds()));
    remarks(out, "Warning", preview.warnings());
  }

  private static List<List<String>> rows(List<PlannedChange> changes) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (PlannedChange change : changes) {
      rows.add(
          List.of(
              change.object(),
              change.name(),
              orDash(change.fingerprint()),
              change.action(),
              change.hostId() == null ? "-" : change.hostId().toString(),
              changes(change)));
    }
    return rows;
  }

  private static String changes(PlannedChange change) {
    if (change.reason() != null) {
      return change.reason();
    }
    if (change.diffs().isEmpty()) {
      return "-";
    }
    return change.diffs().stream()
        .map(d -> d.field() + ": " + d.live() + " → " + d.desired())
        .collect(Collectors.joining("; "));
  }

  private static void remarks(PrintWriter out, String label, List<String> lines) {
    lines.forEach(line -> out.println(label + ": " + line));
  }

  static String orDash(String text) {
    return text == null || text.isEmpty() ? "-" : text;
  }
}
