package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CliRuntime;
import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.OutputOptions;
import dev.relaymanager.adapter.cli.StateOptions;
import picocli.CommandLine;

/** Builds the {@code relay-manager} command line over a runtime. */
public final class Cli {
  private Cli() {}

  /** The configured command line; callers set out and err and call {@code execute(args)}. */
  public static CommandLine commandLine(CliRuntime runtime) {
    StateOptions state = new StateOptions();
    OutputOptions output = new OutputOptions();
    CommandContext context = new CommandContext(runtime, state, output);
    ErrorReporter errors = new ErrorReporter(context);
    return new CommandLine(new RelayManagerCommand(state, output), new CommandFactory(context))
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setExitCodeExceptionMapper(errors);
  }
}
