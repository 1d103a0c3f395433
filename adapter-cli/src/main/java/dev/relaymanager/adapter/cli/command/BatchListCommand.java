package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.imports.BatchSummary;
import dev.relaymanager.application.imports.ListBatches;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code batches list}: import batches, newest first, optionally of one host or provider. */
@Command(name = "list", description = "List import batches, newest first.")
public final class BatchListCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Option(names = "--host", paramLabel = "H", description = "Only batches on this host.")
  private String host;

  @Option(
      names = "--provider",
      paramLabel = "P",
      description = "Only batches of this provider (its id or HOST/PACK/NAME).")
  private String provider;

  public BatchListCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    List<BatchSummary> batches =
        context
            .workspace()
            .imports()
            .listBatches()
            .execute(ListBatches.Command.parse(host, provider));
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, batches, b -> BatchText.table(out, b));
    return ExitCodes.OK;
  }
}
