package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandsTest {
  private static final Path EXAMPLES = Path.of("../examples/packs").toAbsolutePath().normalize();
  private static final String INVALID =
      """
      schema: relay-manager.pack/v1
      name: Bad Name
      version: 1.0.0
      description: Two mistakes.
      providers:
        - name: deepseek
          display_name: DeepSeek
          base_url: https://api.deepseek.com
          smoke_test_model: deepseek-flash
          colour: blue
          models:
            - {id: deepseek-flash, pricing: {input: 0.3, output: 1.2}}
          source: {url: "https://api-docs.deepseek.com", as_of: "2026-11-01"}
      """;

  private final ObjectMapper mapper = JsonMapperFactory.create();
  @TempDir Path directory;

  @Test
  void validate_of_a_valid_file_exits_0_and_creates_no_state_file() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result =
        cli.run("packs", "validate", EXAMPLES.resolve("minimal.yaml").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Valid pack minimal@0.1.0", "sha256:", "deepseek");
    assertThat(directory.resolve("state.db")).doesNotExist();
  }

  @Test
  void validate_of_an_invalid_file_exits_2_with_every_violation_on_its_own_line()
      throws IOException {
    CliRun cli = new CliRun(directory);
    Files.writeString(directory.resolve("bad.yaml"), INVALID);

    CliRun.Result result = cli.run("packs", "validate", "bad.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("is not a valid pack (2 problems)")
        .contains("\nname: must be")
        .contains("\nproviders[0].colour: unknown field");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void validate_reads_standard_input_for_a_dash() throws IOException {
    CliRun cli = new CliRun(directory);
    String text = Files.readString(EXAMPLES.resolve("custom-provider.json"));

    CliRun.Result result = cli.runWithInput(text, "packs", "validate", "-", "--json");

    JsonNode report = mapper.readTree(result.out());
    assertThat(result.exitCode()).isZero();
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("source").asText()).isEqualTo("stdin");
  }

  @Test
  void validate_prints_warnings_on_stderr_and_still_exits_0() throws IOException {
    CliRun cli = new CliRun(directory);
    String small =
        Files.readString(EXAMPLES.resolve("minimal.yaml"))
            .replace("    source:", "    smoke: {max_tokens: 16}\n    source:");

    CliRun.Result result = cli.runWithInput(small, "packs", "validate", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("warning: providers[0].smoke.max_tokens");
  }

  @Test
  void install_of_the_built_in_pack_stores_it_and_a_second_install_changes_nothing() {
    CliRun cli = new CliRun(directory);

    CliRun.Result first = cli.run("packs", "install", "builtin:cn-core");
    CliRun.Result second = cli.run("packs", "install", "builtin:cn-core");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("Installed pack cn-core@1.0.0");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("already installed");
    assertThat(cli.run("packs", "list").out())
        .contains("cn-core", "1.0.0", "deepseek,minimax,kimi,zhipu,qwen", "builtin:cn-core");
  }

  @Test
  void install_of_the_same_version_with_other_content_exits_2_and_keeps_the_first()
      throws IOException {
    CliRun cli = new CliRun(directory);
    Path file = directory.resolve("minimal.yaml");
    String original = Files.readString(EXAMPLES.resolve("minimal.yaml"));
    Files.writeString(file, original);
    cli.run("packs", "install", "minimal.yaml");
    Files.writeString(file, original.replace("input: 0.30", "input: 0.31"));

    CliRun.Result result = cli.run("packs", "install", "minimal.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("minimal@0.1.0 is already installed with digest");
    assertThat(cli.run("packs", "show", "minimal").out()).contains("0.3 ").doesNotContain("0.31");
  }

  @Test
  void install_of_an_invalid_file_exits_2_and_writes_nothing() throws IOException {
    CliRun cli = new CliRun(directory);
    Files.writeString(directory.resolve("bad.yaml"), INVALID);

    CliRun.Result result = cli.run("packs", "install", "bad.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("providers[0].colour");
    assertThat(cli.run("packs", "list", "--json").out().strip()).isEqualTo("[ ]");
  }

  @Test
  void install_of_a_missing_file_or_a_file_over_one_mebibyte_exits_2() throws IOException {
    CliRun cli = new CliRun(directory);
    Files.write(directory.resolve("big.yaml"), new byte[1024 * 1024 + 1]);

    CliRun.Result missing = cli.run("packs", "install", "nowhere.yaml");
    CliRun.Result big = cli.run("packs", "install", "big.yaml");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.yaml does not exist");
    assertThat(big.exitCode()).isEqualTo(2);
    assertThat(big.err()).contains("1 MiB");
    assertThat(cli.run("packs", "list", "--json").out().strip()).isEqualTo("[ ]");
  }

  @Test
  void versions_install_side_by_side_and_show_picks_the_latest_or_the_named_one()
      throws IOException {
    CliRun cli = new CliRun(directory);
    String original = Files.readString(EXAMPLES.resolve("minimal.yaml"));
    Files.writeString(directory.resolve("v2.yaml"), original.replace("0.1.0", "0.2.0"));
    cli.run("packs", "install", EXAMPLES.resolve("minimal.yaml").toString());
    cli.run("packs", "install", "v2.yaml");

    CliRun.Result latest = cli.run("packs", "show", "minimal");
    CliRun.Result exact = cli.run("packs", "show", "minimal@0.1.0", "--json");

    assertThat(latest.out())
        .contains("minimal@0.2.0", "deepseek-flash", "USD per 1M", "max_tokens 1024");
    assertThat(mapper.readTree(exact.out()).get("version").asText()).isEqualTo("0.1.0");
    assertThat(mapper.readTree(exact.out()).get("source").asText())
        .isEqualTo(EXAMPLES.resolve("minimal.yaml").toString());
  }

  @Test
  void show_of_an_unknown_pack_exits_2() {
    CliRun cli = new CliRun(directory);

    CliRun.Result result = cli.run("packs", "show", "cn-core@9.9.9");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("pack 'cn-core@9.9.9' not found");
  }

  @Test
  void list_with_json_prints_one_document_with_plain_decimals() throws IOException {
    CliRun cli = new CliRun(directory);
    cli.run("packs", "install", "builtin:cn-core");

    JsonNode listed = mapper.readTree(cli.run("packs", "list", "--json").out());
    String shown = cli.run("packs", "show", "cn-core", "--json").out();

    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("short_digest").asText()).hasSize(12);
    assertThat(shown).doesNotContain("E-", "E+");
    assertThat(mapper.readTree(shown).get("providers")).hasSize(5);
  }
}
