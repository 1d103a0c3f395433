package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.imports.ImportedProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code providers list}: imported providers, optionally those on one host. */
@Command(name = "list", description = "List imported providers.")
public final class ProviderListCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Option(names = "--host", paramLabel = "H", description = "Only providers on this host.")
  private String host;

  public ProviderListCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    List<ImportedProvider> providers = context.workspace().imports().listProviders().execute(host);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, providers, p -> ProviderText.table(out, p));
    return ExitCodes.OK;
  }
}
