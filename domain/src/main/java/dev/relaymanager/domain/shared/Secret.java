package dev.relaymanager.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A credential held in memory only: an upstream key, a user key, an admin key or password. It
 * prints as {@code ***}; only the host adapter may {@link #reveal()} it.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps {@code value}, trimmed; refuses blank values and values with inner whitespace. */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw InvalidInputException.of("secret", "must not be empty");
    }
    if (trimmed.chars().anyMatch(Character::isWhitespace)) {
      throw InvalidInputException.of("secret", "must not contain whitespace");
    }
    return new Secret(trimmed);
  }

  /** The clear value; to be called by the host adapter only (enforced by an architecture test). */
  public String reveal() {
    return value;
  }

  /** The SHA-256 fingerprint that is stored and shown in place of the secret. */
  public KeyFingerprint fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return new KeyFingerprint(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Equal secrets have equal fingerprints; comparing fingerprints avoids a timing side channel. */
  public boolean sameAs(Secret other) {
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "***";
  }
}
