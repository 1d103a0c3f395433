package dev.relaymanager.domain.batch;

import java.util.Objects;

/**
 * One field whose live value on the host differs from the desired one, both as display text; a key
 * never appears here (credentials are compared by base URL and mapping only).
 *
 * @param field the host's field name, e.g. {@code rate_multiplier} or {@code pricing.m.input}
 */
public record FieldDiff(String field, String desired, String live) {
  /** How an absent value is shown. */
  public static final String NONE = "(none)";

  public FieldDiff {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(live, "live");
  }

  @Override
  public String toString() {
    return field + ": " + live + " -> " + desired;
  }
}
