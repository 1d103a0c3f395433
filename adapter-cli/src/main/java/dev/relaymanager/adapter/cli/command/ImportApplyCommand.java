package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.adapter.cli.Imports;
import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.ImportPreview;
import dev.relaymanager.application.imports.ImportReport;
import dev.relaymanager.application.imports.PreviewImport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import apply}: imports the keys as one batch. Without {@code --yes} it shows the plan and
 * asks on the terminal first. Exits 0 for succeeded and partially_succeeded, 1 for a batch that
 * failed or was rolled back, or whose access step found the mode not ready.
 */
@Command(
    name = "apply",
    description =
        "Import a provider's keys onto a host as one batch; shows the plan and asks unless --yes.")
public final class ImportApplyCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;
  @Mixin private ImportOptions target;
  @Mixin private RunOptions run;

  @Option(names = "--yes", description = "Apply without showing the plan and asking first.")
  private boolean yes;

  public ImportApplyCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    if (!yes) {
      Confirmation.checkCanAsk(context, target.keysFile);
    }
    ApplyImport.Command command =
        ApplyImport.Command.parse(
                target.host,
                target.pack,
                target.provider,
                target.mode,
                KeysFile.read(context, target.keysFile),
                run.parallelism,
                run.onFailure)
            .withPolling(run.polling());
    Imports imports = context.workspace().imports();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!yes && !confirmed(imports, command, out, err)) {
      err.println("Not applied; nothing was written.");
      err.flush();
      return ExitCodes.FAILED;
    }
    ProgressLine progress = ProgressLine.of(context, err);
    ImportReport report;
    try {
      report = imports.apply().execute(command, progress);
    } finally {
      progress.end();
    }
    context.print(out, report, r -> ReportText.print(out, r));
    return ImportExit.of(report);
  }

  private boolean confirmed(
      Imports imports, ApplyImport.Command command, PrintWriter out, PrintWriter err) {
    ImportPreview preview = imports.preview().execute(new PreviewImport.Command(command.input()));
    PreviewText.print(out, preview);
    out.flush();
    return Confirmation.ask(context, err, "Apply this plan to host " + preview.host() + "?");
  }
}
