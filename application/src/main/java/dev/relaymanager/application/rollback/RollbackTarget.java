package dev.relaymanager.application.rollback;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * What an operator asked to roll back: one batch by id, or every batch of a provider (its id or
 * HOST/PACK/NAME).
 */
public record RollbackTarget(Subject subject, String reference) {
  /** Whether {@code reference} names a batch or a provider. */
  public enum Subject {
    BATCH,
    PROVIDER
  }

  public RollbackTarget {
    Objects.requireNonNull(subject, "subject");
    if (reference == null || reference.isBlank()) {
      throw InvalidInputException.of(
          subject == Subject.BATCH ? "batch" : "provider", "is required");
    }
    reference = reference.strip();
  }

  /** The batch with id {@code batchId}. */
  public static RollbackTarget batch(String batchId) {
    return new RollbackTarget(Subject.BATCH, batchId);
  }

  /** Every batch of the provider {@code reference} names (an id or HOST/PACK/NAME). */
  public static RollbackTarget provider(String reference) {
    return new RollbackTarget(Subject.PROVIDER, reference);
  }
}
