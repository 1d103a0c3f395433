package dev.relaymanager.adapter.cli.command;

import picocli.CommandLine.Option;

/** The options every rollback command shares: {@code --yes} and {@code --force}. */
public final class RollbackOptions {
  @Option(names = "--yes", description = "Roll back without showing the plan and asking first.")
  boolean yes;

  @Option(
      names = "--force",
      description = "Also delete objects changed on the host since the batch created them.")
  boolean force;
}
