package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.application.access.AccessTarget;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The imported provider an access command acts on: {@code PROVIDER} is its id or {@code
 * HOST/PACK/NAME}, or a bare provider name together with {@code --host NAME [--pack NAME]}.
 */
public final class AccessProviderOptions {
  @Parameters(
      index = "0",
      paramLabel = "PROVIDER",
      description = "Its id or HOST/PACK/NAME, or a provider name with --host.")
  String provider;

  @Option(
      names = "--host",
      paramLabel = "NAME",
      description = "The host, for a bare provider name.")
  String host;

  @Option(
      names = "--pack",
      paramLabel = "NAME",
      description = "The pack, when several have the provider on the host.")
  String pack;

  AccessTarget resolve(CommandContext context) {
    var targets = context.workspace().access().targets();
    return host == null
        ? targets.resolve(provider)
        : targets.resolve(host, provider, pack == null ? "" : pack);
  }
}
