package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeBehaviourTest {
  @TempDir Path directory;

  @Test
  void a_bad_url_exits_2_with_one_error_line_and_writes_nothing() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result =
        cli.run("hosts", "add", "sim", "--url", "ftp://x", "--admin-key-ref", "env:SIM_ADMIN_KEY");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).startsWith("error: url:").doesNotContain("\n");
    assertThat(result.out()).isEmpty();
    assertThat(cli.run("hosts", "list", "--json").out().strip()).isEqualTo("[ ]");
  }

  @Test
  void invalid_input_with_json_prints_a_problem_listing_every_violation() throws IOException {
    CliRun cli = new CliRun(directory);

    CliRun.Result result =
        cli.run("--json", "hosts", "add", "Bad", "--url", "ftp://x", "--admin-key-ref", "secret");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().strip()).doesNotContain("\n");
    JsonNode problem = JsonMapperFactory.create().readTree(result.err());
    assertThat(problem.get("type").asText())
        .isEqualTo("https://relay-manager.dev/problems/invalid-input");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("violations").findValuesAsText("path"))
        .containsExactly("name", "url", "admin_key_ref");
  }

  @Test
  void an_unset_secret_variable_exits_2_and_writes_nothing() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result =
        cli.run("hosts", "add", "sim", "--url", "http://h.example", "--admin-key-ref", "env:UNSET");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("env:UNSET");
    assertThat(cli.run("hosts", "list").out()).contains("No hosts registered");
  }

  @Test
  void a_duplicate_name_exits_2_and_keeps_the_first_host() {
    CliRun cli = new CliRun(directory);
    cli.addSim();

    CliRun.Result result =
        cli.run(
            "hosts",
            "add",
            "sim",
            "--url",
            "http://other.example",
            "--admin-key-ref",
            "env:SIM_ADMIN_KEY");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("already registered");
    assertThat(cli.run("hosts", "list").out())
        .contains("http://127.0.0.1:18080")
        .doesNotContain("other.example");
  }

  @Test
  void an_unknown_host_exits_2() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result = cli.run("hosts", "show", "nobody");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("error: host 'nobody' not found");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result = cli.run("hosts", "list", "--nope");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).startsWith("error: Unknown option: '--nope'");
  }

  @Test
  void an_unreachable_host_exits_3() {
    CliRun cli = new CliRun(directory);
    cli.addSim();
    cli.connector.answerUnreachable();

    CliRun.Result result = cli.run("hosts", "probe", "sim");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("unreachable");
  }

  @Test
  void rejected_credentials_exit_1() {
    CliRun cli = new CliRun(directory);
    cli.addSim();
    cli.connector.answerRejected(HostRejectedException.Reason.AUTHENTICATION_FAILED);

    CliRun.Result result = cli.run("hosts", "probe", "sim");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("rejected");
  }

  @Test
  void a_pending_compliance_acknowledgement_exits_1_and_says_an_admin_must_accept()
      throws IOException {
    CliRun cli = new CliRun(directory);
    cli.addSim();
    cli.connector.answerRejected(HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED);

    CliRun.Result result = cli.run("hosts", "probe", "sim", "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).contains("accept its terms").doesNotContain("\n");
    assertThat(
            JsonMapperFactory.create()
                .readTree(result.out())
                .get("last_probe")
                .get("status")
                .asText())
        .isEqualTo("compliance_required");
  }
}
