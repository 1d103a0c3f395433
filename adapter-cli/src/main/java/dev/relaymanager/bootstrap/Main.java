package dev.relaymanager.bootstrap;

import dev.relaymanager.adapter.cli.command.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code relay-manager} executable: the only place that touches the process's streams and exit.
 */
public final class Main {
  /** Read by logback.xml; must be set before the first logger is created. */
  static final String LOG_LEVEL_PROPERTY = "relay.manager.log.level";

  /**
   * The level of third-party libraries (Jetty, Flyway), kept at INFO so debug output stays
   * readable.
   */
  static final String ROOT_LOG_LEVEL_PROPERTY = "relay.manager.root.log.level";

  private Main() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--verbose")) {
      System.setProperty(LOG_LEVEL_PROPERTY, "DEBUG");
      System.setProperty(ROOT_LOG_LEVEL_PROPERTY, "INFO");
    }
    int exitCode;
    try (LocalCliRuntime runtime = LocalCliRuntime.production(System.console() != null)) {
      CommandLine commandLine = Cli.commandLine(runtime);
      commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
      commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
      exitCode = commandLine.execute(args);
    }
    System.exit(exitCode);
  }
}
