package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/** Checks and normalizes decimal amounts so that equal amounts are equal values. */
final class Amounts {
  private Amounts() {}

  /** {@code value} without trailing zeros, refusing zero and negatives. */
  static BigDecimal positive(String path, BigDecimal value) {
    if (value.signum() <= 0) {
      throw InvalidInputException.of(path, "must be > 0");
    }
    return value.stripTrailingZeros();
  }

  /** {@code value} without trailing zeros, refusing negatives. */
  static BigDecimal nonNegative(String path, BigDecimal value) {
    if (value.signum() < 0) {
      throw InvalidInputException.of(path, "must be >= 0");
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
