package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code completion}: prints a bash/zsh completion script. */
@Command(
    name = "completion",
    description = "Print a bash/zsh completion script: source <(relay-manager completion)")
public final class CompletionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("relay-manager", spec.root().commandLine()));
    out.flush();
    return ExitCodes.OK;
  }
}
