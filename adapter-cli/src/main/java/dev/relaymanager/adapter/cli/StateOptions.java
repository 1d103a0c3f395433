package dev.relaymanager.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The global {@code --db} option; usable before or after the subcommand. */
public final class StateOptions {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description =
          "SQLite state file (default: $RELAY_MANAGER_DB, else"
              + " $XDG_DATA_HOME/relay-manager/state.db, else"
              + " ~/.local/share/relay-manager/state.db).")
  private Path database;

  /** The state file the operator named, if any. */
  public Optional<Path> database() {
    return Optional.ofNullable(database);
  }
}
