package dev.relaymanager.domain.batch;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Formats compared values so that equal values print equally and diffs read well. */
final class Display {
  private Display() {}

  static String amount(Optional<BigDecimal> amount) {
    return amount.map(a -> a.stripTrailingZeros().toPlainString()).orElse(FieldDiff.NONE);
  }

  static String ids(Collection<Long> ids) {
    return new TreeSet<>(ids).toString();
  }

  static String mapping(Map<String, String> mapping) {
    return new TreeMap<>(mapping)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
  }

  /** Whether two optional amounts are equal as numbers (0.30 equals 0.3). */
  static boolean sameAmount(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }
}
