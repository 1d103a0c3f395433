package dev.relaymanager.adapter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.application.pack.ValidatePack;
import dev.relaymanager.domain.shared.Secret;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** What the commands need from the composition root; bootstrap supplies the real one. */
public interface CliRuntime {
  /** The application's one mapper, shared with the HTTP API. */
  ObjectMapper objectMapper();

  /** The state file used when {@code --db} is not given. */
  Path defaultDatabase();

  /** The directory that relative paths on the command line are resolved against. */
  Path workingDirectory();

  /** The environment variable {@code name}, if it is set. */
  Optional<String> environment(String name);

  /** The process's standard input, read by commands that accept {@code -} for a file. */
  InputStream standardInput();

  /**
   * Whether the process runs on an interactive terminal, so that a progress line may be drawn on
   * stderr and a confirmation asked on stdin; bootstrap decides it once at start-up.
   */
  boolean interactive();

  /** Checks pack documents; needs no state file. */
  ValidatePack validatePack();

  /**
   * The use cases over the state file {@code database}, opened on first use and kept open until the
   * runtime is closed.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if it cannot be opened
   */
  Workspace workspace(Path database);

  /**
   * Serves the HTTP API over {@code database} until the process is told to stop.
   *
   * @param onListening called once with the listening URL
   */
  void serve(
      Path database, ServeSettings settings, Secret adminToken, Consumer<String> onListening);
}
