package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.pack.PackView;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code packs show PACK[@VERSION]}: one installed pack version in detail. */
@Command(
    name = "show",
    description = "Show an installed pack: the latest version, or PACK@VERSION.")
public final class PackShowCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PACK[@VERSION]", description = "e.g. cn-core or cn-core@1.0.0.")
  private String pack;

  public PackShowCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    PackView view = context.workspace().showPack().execute(pack);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, view, v -> PackViewText.details(out, v));
    return ExitCodes.OK;
  }
}
