package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.adapter.cli.OutputOptions;
import dev.relaymanager.adapter.cli.StateOptions;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command, {@code relay-manager}; it only groups the subcommands. */
@Command(
    name = "relay-manager",
    mixinStandardHelpOptions = true,
    versionProvider = JarVersionProvider.class,
    description = "Imports Chinese LLM providers into sub2api hosts and proves that access works.",
    subcommands = {
      HostsCommand.class,
      PacksCommand.class,
      ProvidersCommand.class,
      ImportCommand.class,
      BatchesCommand.class,
      AccessCommand.class,
      ReconcileCommand.class,
      ServeCommand.class,
      CompletionCommand.class
    })
public final class RelayManagerCommand implements Callable<Integer> {
  @Mixin private StateOptions state;
  @Mixin private OutputOptions output;
  @Spec private CommandSpec spec;

  /** The root over the global option holders that every subcommand reads. */
  public RelayManagerCommand(StateOptions state, OutputOptions output) {
    this.state = Objects.requireNonNull(state, "state");
    this.output = Objects.requireNonNull(output, "output");
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
