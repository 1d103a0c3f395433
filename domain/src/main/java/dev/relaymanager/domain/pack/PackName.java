package dev.relaymanager.domain.pack;

import java.util.Objects;

/** The name of a pack (e.g. {@code cn-core}): a lowercase slug. */
public record PackName(String value) {
  public PackName {
    Objects.requireNonNull(value, "value");
    Slugs.check("name", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
