package dev.relaymanager.adapter.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global {@code --json} and {@code --verbose} options; usable before or after the subcommand.
 */
public final class OutputOptions {
  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print exactly one JSON document on stdout (errors as JSON on stderr).")
  private boolean json;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Log debug output and print stack traces on stderr.")
  private boolean verbose;

  public boolean json() {
    return json;
  }

  public boolean verbose() {
    return verbose;
  }
}
