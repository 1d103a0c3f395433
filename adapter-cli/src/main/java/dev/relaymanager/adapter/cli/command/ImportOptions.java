package dev.relaymanager.adapter.cli.command;

import picocli.CommandLine.Option;

/**
 * What {@code import preview} and {@code import apply} act on. None is required by picocli, so that
 * the use case's parser reports every missing or malformed value at once.
 */
public final class ImportOptions {
  @Option(names = "--host", paramLabel = "H", description = "The registered host.")
  String host;

  @Option(
      names = "--pack",
      paramLabel = "PACK[@VERSION]",
      description = "An installed pack; its latest version without @VERSION.")
  String pack;

  @Option(names = "--provider", paramLabel = "NAME", description = "The pack's provider.")
  String provider;

  @Option(names = "--mode", paramLabel = "MODE", description = "subscription or self_service.")
  String mode;

  @Option(
      names = "--keys-file",
      paramLabel = "FILE|-",
      description =
          "Upstream keys, one per line (blank lines and # comments skipped); - reads stdin.")
  String keysFile;
}
