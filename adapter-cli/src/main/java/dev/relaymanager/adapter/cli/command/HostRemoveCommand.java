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

/** {@code hosts remove NAME}: forgets a host; nothing on the host itself changes. */
@Command(name = "remove", description = "Forget a registered host (the host itself is untouched).")
public final class HostRemoveCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The host's name.")
  private String name;

  public HostRemoveCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    HostView host = context.workspace().removeHost().execute(name);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, host, h -> out.println("Removed host " + h.name() + "."));
    return ExitCodes.OK;
  }
}
