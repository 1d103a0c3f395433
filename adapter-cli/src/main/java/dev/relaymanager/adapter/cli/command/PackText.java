package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.pack.PackInstallation;
import dev.relaymanager.application.pack.PackSummary;
import dev.relaymanager.application.pack.PackValidationReport;
import dev.relaymanager.domain.pack.PackWarning;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Renders pack checks, installations and lists for people; diagnostics go to stderr. */
final class PackText {
  private static final List<String> HEADER =
      List.of("NAME", "VERSION", "PROVIDERS", "DIGEST", "INSTALLED AT", "SOURCE");

  private PackText() {}

  static void report(PrintWriter out, PrintWriter err, PackValidationReport report) {
    if (!report.valid()) {
      int count = report.violations().size();
      err.println(
          "error: "
              + report.source()
              + " is not a valid pack ("
              + count
              + (count == 1 ? " problem):" : " problems):"));
      report.violations().forEach(err::println);
      return;
    }
    warnings(err, report.warnings());
    out.println(
        "Valid pack "
            + report.name()
            + "@"
            + report.version()
            + " ("
            + report.digest()
            + "), providers: "
            + String.join(", ", report.providers())
            + ".");
  }

  static void installation(PrintWriter out, PrintWriter err, PackInstallation result) {
    warnings(err, result.warnings());
    PackSummary pack = result.pack();
    String ref = pack.name() + "@" + pack.version();
    if (result.status().equals(PackInstallation.INSTALLED)) {
      out.println(
          "Installed pack " + ref + " (digest " + pack.shortDigest() + ") from " + pack.source());
    } else {
      out.println(
          "Pack "
              + ref
              + " is already installed with the same content (digest "
              + pack.shortDigest()
              + "); nothing changed.");
    }
  }

  static void warnings(PrintWriter err, List<PackWarning> warnings) {
    warnings.forEach(w -> err.println("warning: " + w));
  }

  static void table(PrintWriter out, List<PackSummary> packs) {
    if (packs.isEmpty()) {
      out.println(
          "No packs installed. Install one with: relay-manager packs install builtin:cn-core");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (PackSummary pack : packs) {
      rows.add(
          List.of(
              pack.name(),
              pack.version(),
              String.join(",", pack.providers()),
              pack.shortDigest(),
              pack.installedAt().toString(),
              pack.source()));
    }
    TextTable.print(out, rows);
  }
}
