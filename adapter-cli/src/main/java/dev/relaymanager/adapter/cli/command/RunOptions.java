package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.domain.access.ModelPolling;
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

  @Option(
      names = "--models-wait",
      paramLabel = "SECONDS",
      description =
          "How long the access check waits for the smoke model to be listed, 0-600 (default: 30).")
  Integer modelsWait;

  /** How the access step polls the model listing. */
  ModelPolling polling() {
    return ModelsWait.polling(modelsWait);
  }
}
