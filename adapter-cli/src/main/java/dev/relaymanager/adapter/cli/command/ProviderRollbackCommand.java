package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.application.rollback.RollbackTarget;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code providers rollback PROVIDER}: rolls back every batch of a provider, newest first; see
 * {@link RollbackRun}.
 */
@Command(
    name = "rollback",
    description =
        "Roll back every import batch of a provider, newest first; shows the plan and asks"
            + " unless --yes.")
public final class ProviderRollbackCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PROVIDER", description = "The provider id or HOST/PACK/NAME.")
  private String provider;

  @Mixin private RollbackOptions options;

  public ProviderRollbackCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    return RollbackRun.run(
        context, spec, RollbackTarget.provider(provider), options.yes, options.force);
  }
}
