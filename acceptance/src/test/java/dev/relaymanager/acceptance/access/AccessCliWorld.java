package dev.relaymanager.acceptance.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.imports.ImportWorld;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import dev.relaymanager.acceptance.support.CliResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@link ImportWorld} whose host has a probe user and a short model cache, with helpers to
 * import DeepSeek in a mode and to check its access through the CLI.
 */
final class AccessCliWorld implements AutoCloseable {
  static final String PROBE_EMAIL = "probe@example.com";
  static final String PROBE_PASSWORD = "probe-Secret-9c1f";
  static final String OK_KEY = "sk-sim-ok-7777aaaa";

  final ImportWorld world;

  AccessCliWorld(Path dir) {
    world = new ImportWorld(dir);
    world.installPack("1.0.0", "0.30");
    world.setProbeUser(PROBE_EMAIL, PROBE_PASSWORD);
  }

  /** {@code --json import apply} of DeepSeek in {@code mode} with {@code keys}. */
  CliResult importIn(String mode, String... keys) {
    String file = world.keysFile("keys-" + mode + ".txt", keys);
    return world.cli.run(
        "--json",
        "import",
        "apply",
        "--host",
        "sim",
        "--pack",
        "cn-sim",
        "--provider",
        "deepseek",
        "--mode",
        mode,
        "--keys-file",
        file,
        "--yes",
        "--models-wait",
        "5");
  }

  /** {@code --json access check deepseek --host sim} plus {@code more}. */
  CliResult check(String... more) {
    String[] base = {
      "--json", "access", "check", "deepseek", "--host", "sim", "--models-wait", "2"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return world.cli.run(args);
  }

  JsonNode json(CliResult result) {
    return world.json(result);
  }

  /** The first mode's report of an {@code access check}. */
  JsonNode firstMode(CliResult result) {
    return json(result).get("modes").get(0);
  }

  Optional<UserRow> probeUser() {
    return world.sim.withState(
        s -> s.tables.users.stream().filter(u -> u.email.equals(PROBE_EMAIL)).findFirst());
  }

  /** The probe user's key bound to {@code groupId}. */
  String probeKeyOf(long groupId) {
    long userId = probeUser().orElseThrow().id;
    return world.sim.withState(
        s ->
            s.tables.apiKeys.stream()
                .filter(k -> !k.deleted() && k.userId == userId)
                .filter(k -> k.groupId != null && k.groupId == groupId)
                .map(k -> k.key)
                .findFirst()
                .orElseThrow());
  }

  /** Adds a key of the probe user bound to {@code groupId} by hand, as an operator would. */
  String addProbeKey(long groupId, String key) {
    long userId = probeUser().orElseThrow().id;
    world.sim.withState(
        s -> {
          ApiKeyRow row = new ApiKeyRow();
          row.id = s.nextId();
          row.userId = userId;
          row.key = key;
          row.name = "by-hand";
          row.groupId = groupId;
          row.createdAt = s.now();
          row.updatedAt = s.now();
          return s.tables.apiKeys.add(row);
        });
    return key;
  }

  long groupOf(String mode) {
    String suffix = mode.equals("subscription") ? "-sub" : "-self";
    return world.sim.withState(
        s ->
            s.tables.groups.stream()
                .filter(g -> !g.deleted() && g.name.endsWith(suffix))
                .map(g -> g.id)
                .findFirst()
                .orElseThrow());
  }

  /** The state file as text, to look for secrets in it. */
  String database() throws java.io.IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(world.dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().startsWith("state.db")) {
          all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return all.toString();
  }

  @Override
  public void close() {
    world.close();
  }
}
