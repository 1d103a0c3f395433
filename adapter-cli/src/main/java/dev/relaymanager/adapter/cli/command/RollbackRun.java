package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.adapter.cli.Rollbacks;
import dev.relaymanager.application.rollback.RollBack;
import dev.relaymanager.application.rollback.RollbackPreview;
import dev.relaymanager.application.rollback.RollbackReport;
import dev.relaymanager.application.rollback.RollbackTarget;
import dev.relaymanager.domain.rollback.Force;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code batches rollback} and {@code providers rollback} share: without {@code --yes} show
 * the plan and ask, then roll back and print the report. Exits 0 for {@code rolled_back} (also when
 * it was rolled back already), 1 for {@code rollback_failed} or a declined plan.
 */
final class RollbackRun {
  private RollbackRun() {}

  static int run(
      CommandContext context, CommandSpec spec, RollbackTarget target, boolean yes, boolean force)
      throws Exception {
    if (!yes) {
      Confirmation.checkCanAsk(context, null);
    }
    RollBack.Command command =
        new RollBack.Command(target, force ? Force.OVERRIDE_KEEPS : Force.RESPECT_KEEPS);
    Rollbacks rollbacks = context.workspace().rollbacks();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!yes && !confirmed(context, rollbacks, command, out, err)) {
      err.println("Not rolled back; nothing was deleted.");
      err.flush();
      return ExitCodes.FAILED;
    }
    RollbackReport report = rollbacks.rollBack().execute(command);
    context.print(out, report, r -> RollbackText.printReport(out, r));
    return ExitCodes.forRollbackStatus(report.status());
  }

  private static boolean confirmed(
      CommandContext context,
      Rollbacks rollbacks,
      RollBack.Command command,
      PrintWriter out,
      PrintWriter err) {
    RollbackPreview preview = rollbacks.plan().execute(command);
    RollbackText.printPlan(out, preview);
    out.flush();
    return preview.isNoop()
        || Confirmation.ask(context, err, "Roll back provider " + preview.providerId() + "?");
  }
}
