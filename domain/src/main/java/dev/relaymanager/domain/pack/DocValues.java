package dev.relaymanager.domain.pack;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Reads numbers, flags and limits from document objects, recording every wrong value. */
final class DocValues {
  /** Which amounts a field accepts. */
  enum Bound {
    NON_NEGATIVE(">= 0"),
    POSITIVE("> 0");

    private final String rule;

    Bound(String rule) {
      this.rule = rule;
    }

    boolean accepts(BigDecimal value) {
      return this == NON_NEGATIVE ? value.signum() >= 0 : value.signum() > 0;
    }
  }

  private DocValues() {}

  /** A required decimal amount within {@code bound}. */
  static Optional<BigDecimal> requiredAmount(DocObject o, String key, Bound bound) {
    return o.required(key).flatMap(value -> amount(o, key, value, bound));
  }

  /** An optional decimal amount within {@code bound}; empty when absent or wrong. */
  static Optional<BigDecimal> optionalAmount(DocObject o, String key, Bound bound) {
    return o.optional(key).flatMap(value -> amount(o, key, value, bound));
  }

  /** An optional whole number in {@code [min, max]}, or {@code fallback}. */
  static int integer(DocObject o, String key, int fallback, int min, int max) {
    Optional<BigDecimal> number = o.optional(key).flatMap(value -> number(o, key, value));
    if (number.isEmpty()) {
      return fallback;
    }
    BigDecimal value = number.get();
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return o.<Integer>wrongType(key, "must be a whole number").orElse(fallback);
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      return o.<Integer>wrongType(key, "must be between " + min + " and " + max).orElse(fallback);
    }
    return value.intValueExact();
  }

  /** An optional {@code true}/{@code false}, or {@code fallback}. */
  static boolean flag(DocObject o, String key, boolean fallback) {
    Optional<Object> value = o.optional(key);
    if (value.isPresent() && !(value.get() instanceof Boolean)) {
      return o.<Boolean>wrongType(key, "must be true or false").orElse(fallback);
    }
    return value.map(Boolean.TRUE::equals).orElse(fallback);
  }

  /** An optional spending limit: a positive number or {@code unlimited}; unlimited when absent. */
  static UsdLimit limit(DocObject o, String key) {
    Optional<Object> value = o.optional(key);
    if (value.isEmpty() || UsdLimit.UNLIMITED_WORD.equals(value.get())) {
      return UsdLimit.unlimited();
    }
    Optional<BigDecimal> number = toDecimal(value.get()).filter(d -> d.signum() > 0);
    if (number.isEmpty()) {
      String message =
          "must be a number > 0 or \"unlimited\" (0 means unlimited on some hosts and blocked on"
              + " others)";
      return o.<UsdLimit>wrongType(key, message).orElse(UsdLimit.unlimited());
    }
    return UsdLimit.of(number.get());
  }

  private static Optional<BigDecimal> amount(DocObject o, String key, Object value, Bound bound) {
    Optional<BigDecimal> number = number(o, key, value);
    if (number.isPresent() && !bound.accepts(number.get())) {
      return o.wrongType(key, "must be " + bound.rule);
    }
    return number;
  }

  private static Optional<BigDecimal> number(DocObject o, String key, Object value) {
    if (!(value instanceof Number)) {
      return o.wrongType(key, "must be a number");
    }
    return toDecimal(value).or(() -> o.wrongType(key, "must be a finite number"));
  }

  private static Optional<BigDecimal> toDecimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal);
    }
    if (value instanceof BigInteger integer) {
      return Optional.of(new BigDecimal(integer));
    }
    if (!(value instanceof Number)) {
      return Optional.empty();
    }
    try {
      // Double.toString gives the shortest decimal that reads back the same, so 0.15 stays 0.15.
      return Optional.of(new BigDecimal(value.toString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
