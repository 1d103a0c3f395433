package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.application.imports.ImportReport;
import dev.relaymanager.application.imports.ResumeImport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import resume BATCH}: finishes an interrupted or failed batch; keys are never stored, so
 * the apply's keys file is needed again while keys are left. Exits like {@code import apply}.
 */
@Command(
    name = "resume",
    description =
        "Finish an interrupted or failed batch; give the apply's --keys-file if keys are left.")
public final class ImportResumeCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;
  @Mixin private RunOptions run;

  @Parameters(paramLabel = "BATCH", description = "The batch id.")
  private String batch;

  @Option(
      names = "--keys-file",
      paramLabel = "FILE|-",
      description = "The apply's keys, one per line; - reads stdin.")
  private String keysFile;

  public ImportResumeCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    ResumeImport.Command command =
        ResumeImport.Command.parse(
                batch, KeysFile.read(context, keysFile), run.parallelism, run.onFailure)
            .withPolling(run.polling());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = ProgressLine.of(context, err);
    ImportReport report;
    try {
      report = context.workspace().imports().resume().execute(command, progress);
    } finally {
      progress.end();
    }
    context.print(out, report, r -> ReportText.print(out, r));
    return ImportExit.of(report);
  }
}
