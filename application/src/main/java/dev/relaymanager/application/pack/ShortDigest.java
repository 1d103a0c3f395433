package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.PackDigest;

/**
 * The first 12 hex digits of a pack digest: enough to tell versions apart in tables and messages.
 */
final class ShortDigest {
  private static final int LENGTH = 12;

  private ShortDigest() {}

  static String of(PackDigest digest) {
    return digest.hex().substring(0, LENGTH);
  }
}
