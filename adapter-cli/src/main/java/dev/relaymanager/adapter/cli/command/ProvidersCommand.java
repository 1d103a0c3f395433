package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code providers}: groups the commands that list, show and roll back imported providers. */
@Command(
    name = "providers",
    description = "List, show and roll back imported providers.",
    subcommands = {
      ProviderListCommand.class,
      ProviderShowCommand.class,
      ProviderRollbackCommand.class
    })
public final class ProvidersCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
