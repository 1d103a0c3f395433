package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code packs}: groups the commands that check, install and show provider packs. */
@Command(
    name = "packs",
    description = "Validate, install, list and show provider packs.",
    subcommands = {
      PackValidateCommand.class,
      PackInstallCommand.class,
      PackListCommand.class,
      PackShowCommand.class
    })
public final class PacksCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
