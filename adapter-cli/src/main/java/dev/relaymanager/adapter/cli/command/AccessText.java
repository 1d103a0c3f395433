package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.access.AccessReport;
import dev.relaymanager.application.access.AssignmentReport;
import dev.relaymanager.application.access.ModeReport;
import dev.relaymanager.application.access.UserAssignment;
import dev.relaymanager.application.imports.ImportAccessReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The human-readable form of access checks, assignments and a batch's access step. */
final class AccessText {
  private AccessText() {}

  /** The access line of an import report, with the class and hint when not ready. */
  static void printImportAccess(PrintWriter out, ImportAccessReport access) {
    out.println(
        "  access: " + access.status() + classAndHint(access.failureClass(), access.hint()));
    out.println("    " + access.detail());
  }

  static void printCheck(PrintWriter out, AccessReport report) {
    out.println(
        "Access of "
            + report.provider()
            + ": "
            + report.status()
            + (report.ready() ? "" : " (not ready)"));
    for (ModeReport mode : report.modes()) {
      out.println(
          "  "
              + mode.mode()
              + ": "
              + mode.status()
              + " — verdict "
              + (mode.ready()
                  ? "ready"
                  : "failed" + classAndHint(mode.failureClass(), mode.hint())));
      if (!mode.hostCode().isEmpty()) {
        out.println("    host code: " + mode.hostCode());
      }
      if (!mode.detail().isEmpty()) {
        out.println("    detail: " + mode.detail());
      }
      out.println("    evidence: " + evidence(mode));
    }
  }

  static void printAssignment(PrintWriter out, AssignmentReport report) {
    out.println(
        "Subscription of "
            + report.provider()
            + " (group "
            + report.groupId()
            + ", "
            + report.validityDays()
            + " days): created "
            + report.created()
            + ", reused "
            + report.reused()
            + ", failed "
            + report.failed());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("USER", "RESULT", "REASON"));
    for (UserAssignment user : report.users()) {
      rows.add(List.of(user.email(), user.status(), user.reason()));
    }
    TextTable.print(out, rows);
  }

  private static String classAndHint(String failureClass, String hint) {
    return failureClass.isEmpty() ? "" : " [" + failureClass + "] hint: " + hint;
  }

  private static String evidence(ModeReport mode) {
    return "GET /v1/models "
        + status(mode.modelsStatus())
        + " (smoke model "
        + (mode.smokeModelListed() ? "listed" : "not listed")
        + " after "
        + mode.modelPolls()
        + " listing(s)), chat "
        + status(mode.chatStatus())
        + (mode.finishReason().isEmpty() ? "" : " finish " + mode.finishReason())
        + ", /v1/usage "
        + status(mode.usageStatus())
        + ", "
        + mode.latencyMillis()
        + " ms";
  }

  private static String status(int code) {
    return code < 0 ? "not called" : code == 0 ? "no answer" : String.valueOf(code);
  }
}
