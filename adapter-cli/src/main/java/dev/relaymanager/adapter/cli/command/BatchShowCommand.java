package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.imports.ImportReport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batches show BATCH}: one batch's report; a read, so it exits 0 whatever the status. */
@Command(name = "show", description = "Show one import batch: per-key results and timings.")
public final class BatchShowCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "BATCH", description = "The batch id.")
  private String batch;

  public BatchShowCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    ImportReport report = context.workspace().imports().showBatch().execute(batch);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, report, r -> ReportText.print(out, r));
    return ExitCodes.OK;
  }
}
