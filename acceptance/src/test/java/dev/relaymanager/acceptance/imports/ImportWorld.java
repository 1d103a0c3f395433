package dev.relaymanager.acceptance.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.acceptance.simhost.SimOptions;
import dev.relaymanager.acceptance.simhost.SimulatedHost;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.support.CliProcess;
import dev.relaymanager.acceptance.support.CliResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A simulated host registered as "sim" in a fresh state file, a pack "cn-sim" whose DeepSeek points
 * at the simulator's upstream, and the CLI to import it.
 */
public final class ImportWorld implements AutoCloseable {
  public final SimulatedHost sim = SimulatedHost.start(SimOptions.defaults());
  public final CliProcess cli;
  public final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  public ImportWorld(Path dir) {
    this.dir = dir;
    this.cli = new CliProcess(dir.resolve("state.db")).withEnv("SIM_ADMIN_KEY", sim.adminApiKey());
    CliResult added =
        cli.run(
            "hosts", "add", "sim", "--url", sim.baseUrl(), "--admin-key-ref", "env:SIM_ADMIN_KEY");
    assertThat(added.exitCode()).as(added.err()).isZero();
  }

  /** Installs cn-sim at {@code version} with DeepSeek Flash's input at {@code inputPrice} $/1M. */
  public void installPack(String version, String inputPrice) {
    String pack =
        String.join(
            "\n",
            "schema: relay-manager.pack/v1",
            "name: cn-sim",
            "version: " + version,
            "description: DeepSeek on the simulated upstream.",
            "providers:",
            "  - name: deepseek",
            "    display_name: DeepSeek",
            "    base_url: " + sim.upstreamBaseUrl("deepseek"),
            "    smoke_test_model: deepseek-flash",
            "    models:",
            "      - {id: deepseek-flash, pricing: {input: " + inputPrice + ", output: 1.20}}",
            "      - {id: deepseek-v4-pro, pricing: {input: 1.32, output: 3.96}}",
            "    source: {url: \"https://api-docs.deepseek.com\", as_of: \"2026-11-01\"}",
            "");
    Path file = write("cn-sim-" + version + ".yaml", pack);
    CliResult installed = cli.run("packs", "install", file.toString());
    assertThat(installed.exitCode()).as(installed.err()).isZero();
  }

  /**
   * Sets {@code email} as the host's probe user (password passed by reference) and shortens the
   * host's model cache, so that an access check soon sees the groups an import creates.
   */
  public void setProbeUser(String email, String password) {
    sim.knobs(k -> k.modelsCacheMillis = 200);
    cli.withEnv("PROBE_PW", password);
    CliResult set =
        cli.run(
            "hosts", "set-probe-user", "sim", "--email", email, "--password-ref", "env:PROBE_PW");
    assertThat(set.exitCode()).as(set.allOutput()).isZero();
  }

  /** Writes one key per line to {@code name}; returns its path. */
  public String keysFile(String name, String... keys) {
    return write(name, String.join("\n", keys) + "\n").toString();
  }

  /**
   * {@code --json import <verb>} of cn-sim's DeepSeek on sim, subscription mode, plus {@code more}.
   */
  public static String[] importArgs(String verb, String pack, String keysFile, String... more) {
    return Stream.concat(
            Stream.of(
                "--json",
                "import",
                verb,
                "--host",
                "sim",
                "--pack",
                pack,
                "--provider",
                "deepseek",
                "--mode",
                "subscription",
                "--keys-file",
                keysFile),
            Stream.of(more))
        .toArray(String[]::new);
  }

  public JsonNode json(CliResult result) {
    try {
      return json.readTree(result.out());
    } catch (IOException e) {
      throw new UncheckedIOException(result.allOutput(), e);
    }
  }

  public List<AccountRow> accounts() {
    return sim.withState(
        s -> s.tables.accounts.stream().filter(a -> !a.deleted()).collect(Collectors.toList()));
  }

  public List<GroupRow> groups() {
    return sim.withState(
        s -> s.tables.groups.stream().filter(g -> !g.deleted()).collect(Collectors.toList()));
  }

  public List<ChannelRow> channels() {
    return sim.withState(
        s -> s.tables.channels.stream().filter(c -> !c.deleted()).collect(Collectors.toList()));
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    sim.close();
  }
}
