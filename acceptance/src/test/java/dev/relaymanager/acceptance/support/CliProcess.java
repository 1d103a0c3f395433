package dev.relaymanager.acceptance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real {@code relay-manager} jar with {@code java -jar}, as an operator would. */
public final class CliProcess {
  private final Path jar;
  private final Path database;
  private final Map<String, String> environment = new HashMap<>();

  public CliProcess(Path database) {
    this.jar = Path.of(System.getProperty("relaymanager.cli.jar", "missing-cli-jar"));
    this.database = database;
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the CLI jar is not built: " + jar);
    }
  }

  /** Sets an environment variable for every later run (how secrets reach the CLI). */
  public CliProcess withEnv(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Runs {@code relay-manager --db <database> args...} and waits for it to end. */
  public CliResult run(String... args) {
    return runWithInput("", args);
  }

  /** Like {@link #run} with {@code stdin} fed to the process. */
  public CliResult runWithInput(String stdin, String... args) {
    return startWithInput(stdin, args).await();
  }

  /** Starts {@code relay-manager --db <database> args...} without waiting for it to end. */
  public RunningCli start(String... args) {
    return startWithInput("", args);
  }

  private RunningCli startWithInput(String stdin, String... args) {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
    command.add("--db");
    command.add(database.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("RELAY_MANAGER_DB");
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      RunningCli running = new RunningCli(process);
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      return running;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
