package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hosts}: groups the commands that manage registered sub2api hosts. */
@Command(
    name = "hosts",
    description = "Register, list, show, probe and remove sub2api hosts.",
    subcommands = {
      HostAddCommand.class,
      HostListCommand.class,
      HostShowCommand.class,
      HostProbeCommand.class,
      HostRemoveCommand.class,
      HostSetProbeUserCommand.class
    })
public final class HostsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
