package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.adapter.cli.ServeSettings;
import dev.relaymanager.domain.shared.Secret;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs the HTTP API until SIGTERM or SIGINT; the admin token comes from {@code
 * RELAY_MANAGER_ADMIN_TOKEN}, never from an argument.
 */
@Command(name = "serve", description = "Serve the HTTP API until stopped (SIGTERM/SIGINT).")
public final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "RELAY_MANAGER_ADMIN_TOKEN";
  static final int MIN_TOKEN_LENGTH = 20;

  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String bind;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  public ServeCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> token = context.runtime().environment(TOKEN_VARIABLE);
    if (token.isEmpty() || token.get().strip().length() < MIN_TOKEN_LENGTH) {
      err.println(
          "error: set "
              + TOKEN_VARIABLE
              + " to an admin token of at least "
              + MIN_TOKEN_LENGTH
              + " characters; the API will not start without one.");
      err.flush();
      return ExitCodes.USAGE;
    }
    context
        .runtime()
        .serve(
            context.database(),
            new ServeSettings(bind, port),
            Secret.of(token.get()),
            url -> {
              err.println("relay-manager API listening on " + url);
              err.flush();
            });
    return ExitCodes.OK;
  }
}
