package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code import}: groups the commands that preview, apply and resume imports. */
@Command(
    name = "import",
    description = "Preview, apply and resume imports of a pack provider's keys onto a host.",
    subcommands = {ImportPreviewCommand.class, ImportApplyCommand.class, ImportResumeCommand.class})
public final class ImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
