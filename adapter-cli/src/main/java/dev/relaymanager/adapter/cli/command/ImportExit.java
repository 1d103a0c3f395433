package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.imports.ImportReport;

/**
 * The exit code of {@code import apply} and {@code import resume}: the batch status's, except that
 * a batch whose access step found the mode not ready exits {@link ExitCodes#FAILED}, since ordinary
 * users cannot use what was imported yet.
 */
final class ImportExit {
  private ImportExit() {}

  static int of(ImportReport report) {
    if (report.access() != null && !report.access().ready()) {
      return ExitCodes.FAILED;
    }
    return ExitCodes.forBatchStatus(report.status());
  }
}
