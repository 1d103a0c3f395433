package dev.relaymanager.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a key as 64 lowercase hex digits; what is stored and shown instead of the key. */
public record KeyFingerprint(String hex) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final int SHORT_LENGTH = 12;

  public KeyFingerprint {
    Objects.requireNonNull(hex, "hex");
    if (!HEX64.matcher(hex).matches()) {
      throw InvalidInputException.of("fingerprint", "must be 64 lowercase hex digits");
    }
  }

  /** The first 12 hex digits: enough to tell keys apart in names and tables. */
  public String shortForm() {
    return hex.substring(0, SHORT_LENGTH);
  }

  @Override
  public String toString() {
    return shortForm();
  }
}
