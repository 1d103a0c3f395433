package dev.relaymanager.acceptance.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.acceptance.simhost.SimOptions;
import dev.relaymanager.acceptance.simhost.SimulatedHost;
import dev.relaymanager.acceptance.support.CliProcess;
import dev.relaymanager.acceptance.support.CliResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostsCliIT {
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;
  private SimulatedHost sim;
  private CliProcess cli;

  @BeforeEach
  void start_a_simulated_host() {
    sim = SimulatedHost.start(SimOptions.defaults());
    cli = new CliProcess(dir.resolve("state.db")).withEnv("SIM_ADMIN_KEY", sim.adminApiKey());
  }

  @AfterEach
  void stop_the_simulated_host() {
    sim.close();
  }

  @Test
  void a_host_is_added_probed_listed_and_removed() throws IOException {
    CliResult added =
        cli.run(
            "hosts", "add", "sim", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");

    CliResult probed = cli.run("--json", "hosts", "probe", "sim");
    CliResult listed = cli.run("--json", "hosts", "list");
    CliResult removed = cli.run("hosts", "remove", "sim");
    CliResult afterRemove = cli.run("--json", "hosts", "list");

    assertThat(added.exitCode()).isZero();
    assertThat(probed.exitCode()).as(probed.err()).isZero();
    JsonNode probe = json.readTree(probed.out()).get("last_probe");
    assertThat(probe.get("status").asText()).isEqualTo("healthy");
    assertThat(probe.get("version").asText()).isNotBlank();
    assertThat(probe.get("latency_ms").asLong()).isNotNegative();
    assertThat(probe.get("capabilities").get("channels").asBoolean()).isTrue();
    assertThat(probe.get("capabilities").get("group_platforms").toString()).contains("openai");
    assertThat(json.readTree(listed.out())).hasSize(1);
    assertThat(removed.exitCode()).isZero();
    assertThat(json.readTree(afterRemove.out())).isEmpty();
  }

  @Test
  void a_host_without_channels_is_probed_as_such() throws IOException {
    sim.knobs(k -> k.channels = false);
    cli.run("hosts", "add", "old", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");

    CliResult probed = cli.run("--json", "hosts", "probe", "old");

    assertThat(probed.exitCode()).isZero();
    JsonNode capabilities = json.readTree(probed.out()).get("last_probe").get("capabilities");
    assertThat(capabilities.get("channels").asBoolean()).isFalse();
  }

  @Test
  void an_admin_login_works_in_place_of_an_admin_key() throws IOException {
    cli.withEnv("SIM_ADMIN_PASSWORD", sim.adminPassword());
    cli.run(
        "hosts",
        "add",
        "login",
        "--url",
        sim.baseUrl(),
        "--admin-email",
        sim.adminEmail(),
        "--admin-password-ref",
        "env:SIM_ADMIN_PASSWORD");

    CliResult probed = cli.run("--json", "hosts", "probe", "login");

    assertThat(probed.exitCode()).as(probed.err()).isZero();
    assertThat(json.readTree(probed.out()).get("auth_method").asText()).isEqualTo("login");
    assertThat(probed.allOutput()).doesNotContain(sim.adminPassword());
  }

  @Test
  void probing_a_stopped_host_exits_3() {
    cli.run("hosts", "add", "gone", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");
    sim.close();

    CliResult probed = cli.run("hosts", "probe", "gone");

    assertThat(probed.exitCode()).isEqualTo(3);
    assertThat(probed.err()).contains("unreachable");
  }

  @Test
  void a_wrong_admin_key_is_a_clear_error_that_does_not_echo_the_key() {
    String wrongKey = "admin-" + "0".repeat(64);
    cli.withEnv("WRONG_KEY", wrongKey);
    cli.run("hosts", "add", "wrong", "--url", sim.baseUrl(), "--admin-key-ref", "env:WRONG_KEY");

    CliResult probed = cli.run("hosts", "probe", "wrong");

    assertThat(probed.exitCode()).isEqualTo(1);
    assertThat(probed.allOutput()).containsIgnoringCase("rejected").doesNotContain(wrongKey);
  }

  @Test
  void a_compliance_locked_host_is_reported_as_such() throws IOException {
    sim.knobs(k -> k.complianceRequired = true);
    cli.run(
        "hosts", "add", "locked", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");

    CliResult probed = cli.run("--json", "hosts", "probe", "locked");

    assertThat(probed.exitCode()).isEqualTo(1);
    assertThat(json.readTree(probed.out()).get("last_probe").get("status").asText())
        .isEqualTo("compliance_required");
    assertThat(probed.err()).contains("terms");
  }

  @Test
  void a_bad_url_exits_2_and_writes_nothing() throws IOException {
    CliResult added =
        cli.run(
            "hosts",
            "add",
            "bad",
            "--url",
            "ftp://nowhere",
            "--admin-key-ref",
            "env:SIM_ADMIN_KEY");

    assertThat(added.exitCode()).isEqualTo(2);
    assertThat(added.err()).contains("url");
    assertThat(json.readTree(cli.run("--json", "hosts", "list").out())).isEmpty();
  }

  @Test
  void a_missing_secret_reference_exits_2_and_writes_nothing() throws IOException {
    CliResult added =
        cli.run(
            "hosts", "add", "nokey", "--url", sim.baseUrl(), "--admin-key-ref", "env:NOT_SET_HERE");

    assertThat(added.exitCode()).isEqualTo(2);
    assertThat(added.err()).contains("NOT_SET_HERE");
    assertThat(json.readTree(cli.run("--json", "hosts", "list").out())).isEmpty();
  }

  @Test
  void a_duplicate_host_name_exits_2_and_keeps_the_first() throws IOException {
    cli.run("hosts", "add", "dup", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");

    CliResult again =
        cli.run(
            "hosts",
            "add",
            "dup",
            "--url",
            "http://127.0.0.1:1",
            "--admin-key-ref",
            "env:SIM_ADMIN_KEY");

    assertThat(again.exitCode()).isEqualTo(2);
    JsonNode hosts = json.readTree(cli.run("--json", "hosts", "list").out());
    assertThat(hosts).hasSize(1);
    assertThat(hosts.get(0).get("url").asText()).isEqualTo(sim.baseUrl());
  }

  @Test
  void the_admin_key_never_reaches_the_database_or_the_output() throws IOException {
    CliResult added =
        cli.run(
            "hosts", "add", "sim", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");
    CliResult probed = cli.run("--verbose", "hosts", "probe", "sim");
    CliResult shown = cli.run("--json", "hosts", "show", "sim");

    String everything = added.allOutput() + probed.allOutput() + shown.allOutput();
    assertThat(everything).doesNotContain(sim.adminApiKey());
    assertThat(databaseText()).doesNotContain(sim.adminApiKey()).contains("env:SIM_ADMIN_KEY");
  }

  private String databaseText() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path file = dir.resolve("state.db" + suffix);
      if (Files.exists(file)) {
        text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return text.toString();
  }
}
