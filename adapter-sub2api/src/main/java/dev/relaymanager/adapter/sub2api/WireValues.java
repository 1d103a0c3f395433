package dev.relaymanager.adapter.sub2api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lenient readings of optional host fields, shared by the per-resource wire mappers. */
final class WireValues {
  private WireValues() {}

  static String text(String value) {
    return value == null ? "" : value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  static <K, V> Map<K, V> map(Map<K, V> values) {
    return values == null ? Map.of() : values;
  }

  /**
   * The number without trailing zeros, so that {@code 1} read back equals a draft's {@code 1.0}.
   */
  static Optional<BigDecimal> number(BigDecimal value) {
    return Optional.ofNullable(value).map(BigDecimal::stripTrailingZeros);
  }
}
