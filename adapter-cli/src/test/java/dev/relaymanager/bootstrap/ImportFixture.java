package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A CLI over host "sim" with builtin:cn-core installed, and keys files to import DeepSeek. */
final class ImportFixture {
  static final String KEY_A = "sk-deepseek-aaaaaaaaaaaaaaaa";
  static final String KEY_B = "sk-deepseek-bbbbbbbbbbbbbbbb";
  static final String KEY_C = "sk-deepseek-cccccccccccccccc";

  final CliRun cli;

  ImportFixture(Path directory) {
    cli = new CliRun(directory);
    CliRun.Result host = cli.addSim();
    CliRun.Result pack = cli.run("packs", "install", "builtin:cn-core");
    assertThat(host.exitCode()).as(host.err()).isZero();
    assertThat(pack.exitCode()).as(pack.err()).isZero();
  }

  /** Writes {@code lines} to {@code name} in the working directory; returns the name. */
  String keysFile(String name, String... lines) {
    try {
      Files.writeString(cli.directory.resolve(name), String.join("\n", lines) + "\n");
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code import <verb> --host sim --pack cn-core --provider deepseek ...} plus {@code more}. */
  static String[] importArgs(String verb, String keysFile, String... more) {
    return Stream.concat(
            Stream.of(
                "import",
                verb,
                "--host",
                "sim",
                "--pack",
                "cn-core",
                "--provider",
                "deepseek",
                "--mode",
                "subscription",
                "--keys-file",
                keysFile),
            Stream.of(more))
        .toArray(String[]::new);
  }

  CliRun.Result apply(String keysFile, String... more) {
    String[] args =
        Stream.concat(Stream.of(importArgs("apply", keysFile)), Stream.of(more))
            .toArray(String[]::new);
    return cli.run(args);
  }

  /** The bytes of the state file and its WAL/SHM companions, as text. */
  String databaseBytes() {
    StringBuilder all = new StringBuilder();
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path file = cli.directory.resolve("state.db" + suffix);
      try {
        if (Files.exists(file)) {
          all.append(
              new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toString();
  }

  static String shortFingerprint(String key) {
    return Secret.of(key).fingerprint().shortForm();
  }
}
