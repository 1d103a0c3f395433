package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.domain.access.ModelPolling;
import java.time.Duration;

/** Turns {@code --models-wait SECONDS} into the model listing's polling (default 30 s). */
final class ModelsWait {
  private ModelsWait() {}

  /** The polling for {@code seconds}, or the default when it is null. */
  static ModelPolling polling(Integer seconds) {
    return seconds == null ? ModelPolling.DEFAULT : ModelPolling.upTo(Duration.ofSeconds(seconds));
  }
}
