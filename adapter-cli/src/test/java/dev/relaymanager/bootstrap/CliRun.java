package dev.relaymanager.bootstrap;

import dev.relaymanager.adapter.cli.command.Cli;
import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.domain.port.InMemoryAccessConnector;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs CLI commands in-process against a real SQLite file and fake host and access connectors over
 * the same in-memory host.
 */
final class CliRun {
  static final String ADMIN_KEY = "admin-sim-secret-value-42";

  final InMemoryHostConnector connector = new InMemoryHostConnector();
  final InMemoryAccessConnector access = new InMemoryAccessConnector(connector.host().objects());
  final Map<String, String> environment = new HashMap<>();
  final Path directory;

  /** Whether commands run as on a terminal (progress line, confirmation prompt). */
  boolean interactive;

  CliRun(Path directory) {
    this.directory = directory;
    environment.put("SIM_ADMIN_KEY", ADMIN_KEY);
    environment.put("RELAY_MANAGER_DB", directory.resolve("state.db").toString());
  }

  /** What one command printed and how it exited. */
  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }

  Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs a command whose standard input holds {@code input}. */
  Result runWithInput(String input, String... args) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
    LocalSecretResolver secrets = new LocalSecretResolver(environment);
    try (LocalCliRuntime runtime =
        new LocalCliRuntime(
            environment,
            directory,
            directory.resolve("home"),
            clock,
            database ->
                RelayManager.builder()
                    .database(database)
                    .secretResolver(secrets)
                    .clock(clock)
                    .hostConnector(connector)
                    .accessConnector(access)
                    .leaseOwner(LeaseOwner.of("cli-test:1"))
                    .build(),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            interactive)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine commandLine = Cli.commandLine(runtime);
      commandLine.setOut(new PrintWriter(out));
      commandLine.setErr(new PrintWriter(err));
      int exitCode = commandLine.execute(args);
      return new Result(exitCode, out.toString(), err.toString());
    }
  }

  Result addSim() {
    return run(
        "hosts",
        "add",
        "sim",
        "--url",
        "http://127.0.0.1:18080",
        "--admin-key-ref",
        "env:SIM_ADMIN_KEY");
  }
}
