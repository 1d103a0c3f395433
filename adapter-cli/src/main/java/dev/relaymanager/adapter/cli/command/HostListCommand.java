package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.host.HostView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hosts list}: every registered host with its last probe. */
@Command(name = "list", description = "List registered hosts and their last probe.")
public final class HostListCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  public HostListCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    List<HostView> hosts = context.workspace().listHosts().execute();
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, hosts, h -> HostText.table(out, h));
    return ExitCodes.OK;
  }
}
