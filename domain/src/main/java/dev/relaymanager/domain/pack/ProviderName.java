package dev.relaymanager.domain.pack;

import java.util.Objects;

/** The name of a provider within a pack (e.g. {@code deepseek}): a lowercase slug. */
public record ProviderName(String value) {
  public ProviderName {
    Objects.requireNonNull(value, "value");
    Slugs.check("name", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
