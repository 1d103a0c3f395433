package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code batches}: groups the commands that list, show and roll back import batches. */
@Command(
    name = "batches",
    description = "List, show and roll back import batches.",
    subcommands = {BatchListCommand.class, BatchShowCommand.class, BatchRollbackCommand.class})
public final class BatchesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
