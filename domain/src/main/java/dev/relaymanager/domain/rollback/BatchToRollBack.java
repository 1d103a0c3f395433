package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * A batch with the blueprint it imported (its pack version, mode and marker): what the batch
 * created, against which a rollback tells whether the host changed it since.
 */
public record BatchToRollBack(ImportBatch batch, Blueprint blueprint) {
  public BatchToRollBack {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(blueprint, "blueprint");
    if (blueprint.mode() != batch.header().mode()) {
      throw InvalidInputException.of("blueprint", "is not of the mode of batch " + batch.id());
    }
  }
}
