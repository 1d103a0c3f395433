package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.application.access.AccessTarget;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The imported provider an access command acts on: {@code PROVIDER --host NAME [--pack NAME]}. */
public final class AccessProviderOptions {
  @Parameters(index = "0", paramLabel = "PROVIDER", description = "The provider, e.g. deepseek.")
  String provider;

  @Option(names = "--host", required = true, paramLabel = "NAME", description = "The host.")
  String host;

  @Option(
      names = "--pack",
      paramLabel = "NAME",
      description = "The pack, when several have the provider on the host.")
  String pack;

  AccessTarget resolve(CommandContext context) {
    return context.workspace().access().targets().resolve(host, provider, pack == null ? "" : pack);
  }
}
