package dev.relaymanager.domain.pack;

import java.util.Locale;

/** What a token price applies to; the names match the pack fields and the host's price fields. */
public enum PriceComponent {
  INPUT,
  OUTPUT,
  CACHE_READ,
  CACHE_WRITE;

  /** The pack field name, e.g. {@code cache_read}. */
  public String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the components every model must price. */
  public boolean isRequired() {
    return this == INPUT || this == OUTPUT;
  }
}
