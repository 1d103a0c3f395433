package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code access}: groups the commands that prove and grant ordinary users' access. */
@Command(
    name = "access",
    description = "Check that ordinary users can use a provider; assign its subscription.",
    subcommands = {AccessCheckCommand.class, AccessAssignCommand.class})
public final class AccessCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
