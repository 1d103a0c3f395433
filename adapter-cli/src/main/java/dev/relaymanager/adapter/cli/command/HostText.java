package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.host.HostView;
import dev.relaymanager.application.host.ProbeView;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Renders hosts for people: a table for many, labelled lines for one. */
final class HostText {
  private static final List<String> HEADER =
      List.of("NAME", "URL", "AUTH", "LAST PROBE", "VERSION", "CHECKED AT");

  private HostText() {}

  static void table(PrintWriter out, List<HostView> hosts) {
    if (hosts.isEmpty()) {
      out.println("No hosts registered. Add one with: relay-manager hosts add NAME --url URL ...");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (HostView host : hosts) {
      ProbeView probe = host.lastProbe();
      rows.add(
          List.of(
              host.name(),
              host.url(),
              host.authMethod(),
              probe == null ? "never" : probe.status(),
              probe == null || probe.version() == null ? "-" : probe.version(),
              probe == null ? "-" : text(probe.checkedAt())));
    }
    TextTable.print(out, rows);
  }

  static void details(PrintWriter out, HostView host) {
    line(out, "name", host.name());
    line(out, "id", host.id());
    line(out, "url", host.url());
    line(out, "auth", host.authMethod() + " (" + host.secretRef() + ")");
    if (host.adminEmail() != null) {
      line(out, "admin email", host.adminEmail());
    }
    line(out, "prefix", host.prefix());
    line(out, "registered", text(host.createdAt()));
    ProbeView probe = host.lastProbe();
    line(
        out,
        "last probe",
        probe == null ? "never" : probe.status() + " at " + text(probe.checkedAt()));
    if (probe != null) {
      probeDetails(out, probe);
    }
  }

  private static void probeDetails(PrintWriter out, ProbeView probe) {
    if (probe.version() != null) {
      line(out, "version", probe.version());
      line(out, "latency", probe.latencyMs() + " ms");
    }
    if (probe.capabilities() != null) {
      line(
          out,
          "platforms",
          String.join(", ", new TreeSet<>(probe.capabilities().groupPlatforms())));
    }
    if (probe.detail() != null) {
      line(out, "detail", probe.detail());
    }
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-12s %s%n", label + ":", value);
  }

  private static String text(Instant instant) {
    return instant.toString();
  }
}
