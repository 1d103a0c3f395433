package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.pack.PackSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code packs list}: every installed pack version. */
@Command(name = "list", description = "List installed packs, every version.")
public final class PackListCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  public PackListCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    List<PackSummary> packs = context.workspace().listPacks().execute();
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, packs, p -> PackText.table(out, p));
    return ExitCodes.OK;
  }
}
