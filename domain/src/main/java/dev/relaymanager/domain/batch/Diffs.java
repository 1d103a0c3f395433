package dev.relaymanager.domain.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects field diffs of one comparison, normalizing each kind of value the same way. */
final class Diffs {
  private final List<FieldDiff> found = new ArrayList<>();

  void text(String field, String desired, String live) {
    if (!desired.equals(live)) {
      found.add(new FieldDiff(field, desired, live.isEmpty() ? FieldDiff.NONE : live));
    }
  }

  void number(String field, long desired, long live) {
    if (desired != live) {
      found.add(new FieldDiff(field, Long.toString(desired), Long.toString(live)));
    }
  }

  void flag(String field, boolean desired, boolean live) {
    if (desired != live) {
      found.add(new FieldDiff(field, Boolean.toString(desired), Boolean.toString(live)));
    }
  }

  /** Amounts compare as numbers: 0.30 equals 0.3, and absent equals only absent. */
  void amount(String field, Optional<BigDecimal> desired, Optional<BigDecimal> live) {
    if (!Display.sameAmount(desired, live)) {
      found.add(new FieldDiff(field, Display.amount(desired), Display.amount(live)));
    }
  }

  /** Id lists compare as sets. */
  void ids(String field, Collection<Long> desired, Collection<Long> live) {
    if (!new HashSet<>(desired).equals(new HashSet<>(live))) {
      found.add(new FieldDiff(field, Display.ids(desired), Display.ids(live)));
    }
  }

  /** Mappings compare as maps, whatever their order. */
  void mapping(String field, Map<String, String> desired, Map<String, String> live) {
    if (!desired.equals(live)) {
      found.add(new FieldDiff(field, Display.mapping(desired), Display.mapping(live)));
    }
  }

  void add(FieldDiff diff) {
    found.add(diff);
  }

  List<FieldDiff> list() {
    return List.copyOf(found);
  }
}
