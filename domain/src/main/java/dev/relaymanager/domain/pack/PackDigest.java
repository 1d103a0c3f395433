package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a pack's canonical form, as 64 lowercase hex digits: two packs with the same
 * digest have the same content, whatever the key order, number spelling or omitted defaults.
 */
public record PackDigest(String hex) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public PackDigest {
    Objects.requireNonNull(hex, "hex");
    if (!HEX64.matcher(hex).matches()) {
      throw InvalidInputException.of("digest", "must be 64 lowercase hex digits");
    }
  }

  @Override
  public String toString() {
    return "sha256:" + hex;
  }
}
