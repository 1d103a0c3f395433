package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.host.HostView;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hosts show NAME}: one host in detail. */
@Command(name = "show", description = "Show one registered host.")
public final class HostShowCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The host's name.")
  private String name;

  public HostShowCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    HostView host = context.workspace().showHost().execute(name);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, host, h -> HostText.details(out, h));
    return ExitCodes.OK;
  }
}
