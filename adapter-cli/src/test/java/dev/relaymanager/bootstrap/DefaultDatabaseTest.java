package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultDatabaseTest {
  private final Path home = Path.of("/home/op");
  private final Path cwd = Path.of("/work");

  @Test
  void the_override_variable_wins() {
    Path db =
        DefaultDatabase.resolve(
            Map.of("RELAY_MANAGER_DB", "state/x.db", "XDG_DATA_HOME", "/data"), home, cwd);

    assertThat(db).isEqualTo(Path.of("/work/state/x.db"));
  }

  @Test
  void xdg_data_home_is_used_when_absolute() {
    Path db = DefaultDatabase.resolve(Map.of("XDG_DATA_HOME", "/data"), home, cwd);

    assertThat(db).isEqualTo(Path.of("/data/relay-manager/state.db"));
  }

  @Test
  void the_home_directory_is_the_fallback() {
    Path db = DefaultDatabase.resolve(Map.of("XDG_DATA_HOME", "relative"), home, cwd);

    assertThat(db).isEqualTo(Path.of("/home/op/.local/share/relay-manager/state.db"));
  }
}
