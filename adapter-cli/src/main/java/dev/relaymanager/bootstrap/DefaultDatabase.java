package dev.relaymanager.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the state file lives when {@code --db} is not given: {@code $RELAY_MANAGER_DB}, else {@code
 * $XDG_DATA_HOME/relay-manager/state.db}, else {@code ~/.local/share/relay-manager/state.db}.
 */
final class DefaultDatabase {
  static final String OVERRIDE_VARIABLE = "RELAY_MANAGER_DB";

  private DefaultDatabase() {}

  static Path resolve(Map<String, String> environment, Path home, Path workingDirectory) {
    String override = environment.get(OVERRIDE_VARIABLE);
    if (override != null && !override.isBlank()) {
      return workingDirectory.resolve(override).normalize();
    }
    String dataHome = environment.get("XDG_DATA_HOME");
    // The XDG spec says relative values are invalid and must be ignored.
    Path base =
        dataHome != null && Path.of(dataHome).isAbsolute()
            ? Path.of(dataHome)
            : home.resolve(".local/share");
    return base.resolve("relay-manager").resolve("state.db");
  }
}
