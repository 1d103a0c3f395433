package dev.relaymanager.domain.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How ordinary users get access to an imported provider (PRODUCT §4, access closure). */
public enum ImportMode {
  /** A subscription-type group; users need an active subscription of it. */
  SUBSCRIPTION,
  /** A standard group; users pay from their balance. */
  SELF_SERVICE;

  /** The name used in commands, names on the host and JSON, e.g. {@code self_service}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode whose wire name is {@code text}, or empty. */
  public static Optional<ImportMode> fromWireName(String text) {
    return Arrays.stream(values()).filter(m -> m.wireName().equals(text)).findFirst();
  }
}
