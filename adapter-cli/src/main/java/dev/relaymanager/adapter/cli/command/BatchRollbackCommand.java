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

/** {@code batches rollback BATCH}: deletes what one batch created; see {@link RollbackRun}. */
@Command(
    name = "rollback",
    description =
        "Delete what one import batch created on its host; shows the plan and asks unless --yes.")
public final class BatchRollbackCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "BATCH", description = "The batch id.")
  private String batch;

  @Mixin private RollbackOptions options;

  public BatchRollbackCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    return RollbackRun.run(context, spec, RollbackTarget.batch(batch), options.yes, options.force);
  }
}
