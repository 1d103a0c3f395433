package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostCommandsTest {
  private final ObjectMapper mapper = JsonMapperFactory.create();
  @TempDir Path directory;

  @Test
  void add_registers_a_host_in_the_state_file() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result = cli.addSim();

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Registered host sim");
    assertThat(directory.resolve("state.db")).exists();
    assertThat(cli.run("hosts", "list").out()).contains("sim", "http://127.0.0.1:18080", "never");
  }

  @Test
  void add_with_json_prints_one_document_with_the_host() throws IOException {
    CliRun cli = new CliRun(directory);

    CliRun.Result result =
        cli.run(
            "hosts",
            "add",
            "sim",
            "--url",
            "http://h.example",
            "--admin-key-ref",
            "env:SIM_ADMIN_KEY",
            "--json");

    JsonNode host = mapper.readTree(result.out());
    assertThat(host.get("name").asText()).isEqualTo("sim");
    assertThat(host.get("secret_ref").asText()).isEqualTo("env:SIM_ADMIN_KEY");
    assertThat(host.get("created_at").asText()).isEqualTo("2026-11-02T08:00:00Z");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void a_relative_file_reference_is_stored_as_an_absolute_path() throws IOException {
    CliRun cli = new CliRun(directory);
    Files.writeString(directory.resolve("key.txt"), CliRun.ADMIN_KEY + "\n");

    CliRun.Result result =
        cli.run(
            "--json",
            "hosts",
            "add",
            "sim",
            "--url",
            "http://h.example",
            "--admin-key-ref",
            "file:key.txt");

    assertThat(result.exitCode()).isZero();
    assertThat(mapper.readTree(result.out()).get("secret_ref").asText())
        .isEqualTo("file:" + directory.resolve("key.txt"));
  }

  @Test
  void list_with_json_is_one_parseable_array() throws IOException {
    CliRun cli = new CliRun(directory);
    cli.addSim();

    CliRun.Result result = cli.run("hosts", "list", "--json");

    JsonNode hosts = mapper.readTree(result.out());
    assertThat(hosts.isArray()).isTrue();
    assertThat(hosts).hasSize(1);
  }

  @Test
  void global_options_work_before_and_after_the_subcommand() {
    CliRun cli = new CliRun(directory);
    String other = directory.resolve("other.db").toString();
    cli.run(
        "--db",
        other,
        "hosts",
        "add",
        "sim",
        "--url",
        "http://h.example",
        "--admin-key-ref",
        "env:SIM_ADMIN_KEY");

    CliRun.Result after = cli.run("hosts", "list", "--db", other);
    CliRun.Result before = cli.run("--db", other, "hosts", "list");
    CliRun.Result defaultDb = cli.run("hosts", "list");

    assertThat(after.out()).contains("sim");
    assertThat(before.out()).contains("sim");
    assertThat(defaultDb.out()).contains("No hosts registered");
  }

  @Test
  void show_prints_the_host() {
    CliRun cli = new CliRun(directory);
    cli.addSim();

    CliRun.Result result = cli.run("hosts", "show", "sim");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("env:SIM_ADMIN_KEY", "rm-", "never");
  }

  @Test
  void remove_forgets_the_host() {
    CliRun cli = new CliRun(directory);
    cli.addSim();

    CliRun.Result result = cli.run("hosts", "remove", "sim");

    assertThat(result.exitCode()).isZero();
    assertThat(cli.run("hosts", "list", "--json").out().strip()).isEqualTo("[ ]");
  }

  @Test
  void probe_of_a_healthy_host_exits_0_and_stores_the_result() {
    CliRun cli = new CliRun(directory);
    cli.addSim();

    CliRun.Result result = cli.run("hosts", "probe", "sim");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("healthy", "0.1.190");
    assertThat(cli.run("hosts", "list").out()).contains("healthy", "0.1.190");
  }

  @Test
  void no_command_prints_the_admin_secret() {
    CliRun cli = new CliRun(directory);

    String everything =
        cli.addSim().all()
            + cli.run("hosts", "list", "--json").all()
            + cli.run("hosts", "probe", "sim", "--json").all()
            + cli.run("hosts", "show", "sim").all()
            + cli.run("hosts", "remove", "sim", "--json").all();

    assertThat(everything).doesNotContain(CliRun.ADMIN_KEY);
  }
}
