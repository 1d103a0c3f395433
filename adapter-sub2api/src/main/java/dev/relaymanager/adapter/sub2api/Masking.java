package dev.relaymanager.adapter.sub2api;

/** Replaces secret values inside host-supplied text before it can reach a message. */
final class Masking {
  private static final String MASK = "***";

  private Masking() {}

  /** {@code text} with every occurrence of each non-null {@code secret} replaced. */
  static String mask(String text, String... secrets) {
    String masked = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        masked = masked.replace(secret, MASK);
      }
    }
    return masked;
  }
}
