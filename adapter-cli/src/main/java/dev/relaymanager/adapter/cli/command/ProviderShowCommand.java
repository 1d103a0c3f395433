package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.imports.ImportedProvider;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code providers show PROVIDER}: one imported provider and the host objects it manages. */
@Command(name = "show", description = "Show one imported provider and its host objects.")
public final class ProviderShowCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PROVIDER", description = "Its id or HOST/PACK/NAME.")
  private String provider;

  public ProviderShowCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    ImportedProvider found = context.workspace().imports().showProvider().execute(provider);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, found, p -> ProviderText.details(out, p));
    return ExitCodes.OK;
  }
}
