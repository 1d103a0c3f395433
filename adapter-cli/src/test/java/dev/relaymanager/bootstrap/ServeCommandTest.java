package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path directory;

  @Test
  void serve_refuses_to_start_without_a_token() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result = cli.run("serve", "--port", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("RELAY_MANAGER_ADMIN_TOKEN", "20");
  }

  @Test
  void serve_refuses_a_short_token_without_printing_it() {
    CliRun cli = new CliRun(directory);
    cli.environment.put("RELAY_MANAGER_ADMIN_TOKEN", "short-token-123");

    CliRun.Result result = cli.run("serve", "--port", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.all()).doesNotContain("short-token-123");
  }
}
