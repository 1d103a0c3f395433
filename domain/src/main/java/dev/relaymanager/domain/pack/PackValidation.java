package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.util.List;
import java.util.Objects;

/** The outcome of checking a pack document: a valid pack with its warnings, or every problem. */
public sealed interface PackValidation {
  /** The pack, or {@link InvalidInputException} carrying every violation. */
  Pack packOrThrow();

  /** True when the document is a valid pack. */
  boolean isValid();

  /** The document is a valid pack; {@code warnings} are allowed but worth a look. */
  record Valid(Pack pack, List<PackWarning> warnings) implements PackValidation {
    public Valid {
      Objects.requireNonNull(pack, "pack");
      warnings = List.copyOf(warnings);
    }

    @Override
    public Pack packOrThrow() {
      return pack;
    }

    @Override
    public boolean isValid() {
      return true;
    }
  }

  /** The document is not a valid pack, for every one of {@code violations}. */
  record Invalid(List<Violation> violations) implements PackValidation {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid pack needs at least one violation");
      }
    }

    @Override
    public Pack packOrThrow() {
      throw new InvalidInputException(violations);
    }

    @Override
    public boolean isValid() {
      return false;
    }
  }
}
