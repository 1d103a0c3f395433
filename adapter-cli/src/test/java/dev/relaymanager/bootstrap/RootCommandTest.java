package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {
  @TempDir Path directory;

  @Test
  void help_lists_the_commands() {
    CliRun.Result result = new CliRun(directory).run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("hosts", "serve", "completion", "--db", "--json");
  }

  @Test
  void completion_prints_a_bash_script() {
    CliRun.Result result = new CliRun(directory).run("completion");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("complete -F", "relay-manager");
  }

  @Test
  void no_subcommand_prints_usage_and_exits_2() {
    CliRun.Result result = new CliRun(directory).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: relay-manager");
  }
}
