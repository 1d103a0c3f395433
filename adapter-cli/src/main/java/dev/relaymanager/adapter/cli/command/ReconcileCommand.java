package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.adapter.cli.Reconciles;
import dev.relaymanager.application.reconcile.ReconcileActionReport;
import dev.relaymanager.application.reconcile.ReconcileReportView;
import dev.relaymanager.application.reconcile.Repair;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reconcile}: compares a provider or a host with what was recorded and prints the findings;
 * with {@code --repair} and/or {@code --prune} it shows each plan, asks unless {@code --yes}, acts,
 * and prints the new state. Exits 0 in sync, 1 drifted (after acting: as the new report says).
 */
@Command(
    name = "reconcile",
    description =
        "Compare a provider (or a host) with its recorded state; --repair and --prune fix drift.")
public final class ReconcileCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Option(names = "--provider", paramLabel = "P", description = "Id or HOST/PACK/NAME.")
  private String provider;

  @Option(names = "--host", paramLabel = "H", description = "Every managed object of a host.")
  private String host;

  @Option(names = "--repair", description = "Re-create missing objects, restore changed fields.")
  private boolean repair;

  @Option(names = "--prune", description = "Delete orphans and extra duplicates.")
  private boolean prune;

  @Option(
      names = "--keys-file",
      paramLabel = "FILE|-",
      description = "With --repair: keys of missing accounts, matched by fingerprint.")
  private String keysFile;

  @Option(names = "--yes", description = "Act without showing the plan and asking first.")
  private boolean yes;

  public ReconcileCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    if (keysFile != null && !repair) {
      throw InvalidInputException.of("keys_file", "is read only with --repair");
    }
    if ((repair || prune) && !yes) {
      Confirmation.checkCanAsk(context, keysFile);
    }
    Repair.Command command =
        Repair.Command.parse(provider, host, repair ? KeysFile.read(context, keysFile) : null);
    Reconciles reconciles = context.workspace().reconciles();
    PrintWriter out = spec.commandLine().getOut();
    if (!repair && !prune) {
      ReconcileReportView report = reconciles.reconcile().execute(command.target());
      context.print(out, report, r -> ReconcileText.printReport(out, r));
      return ExitCodes.forReconcileResult(report.result());
    }
    ReconcileActions actions =
        new ReconcileActions(context, reconciles, out, spec.commandLine().getErr(), yes);
    List<ReconcileActionReport> done = actions.run(command, repair, prune);
    if (done.isEmpty()) {
      return ExitCodes.FAILED;
    }
    context.print(out, done, r -> r.forEach(d -> ReconcileText.printAction(out, d)));
    return ExitCodes.forReconcileResult(done.get(done.size() - 1).after().result());
  }
}
