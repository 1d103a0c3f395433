package dev.relaymanager.adapter.cli.command;

import picocli.CommandLine.Option;

/** How {@code import apply} and {@code import resume} run; unset options take their defaults. */
public final class RunOptions {
  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "Accounts imported at once, 1-64 (default: 8).")
  Integer parallelism;

  @Option(
      names = "--on-failure",
      paramLabel = "keep|compensate",
      description =
          "When the batch fails: keep its objects so it can be resumed (default), or delete what"
              + " it created.")
  String onFailure;
}
