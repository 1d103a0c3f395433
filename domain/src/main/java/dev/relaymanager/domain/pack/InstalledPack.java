package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * A pack as stored by the manager: its content, where it was installed from and when.
 *
 * @param source a label of the origin, e.g. {@code builtin:cn-core}, a file's absolute path or
 *     {@code api}
 */
public record InstalledPack(Pack pack, String source, Instant installedAt) {
  /** The longest source label kept. */
  public static final int MAX_SOURCE = 1000;

  public InstalledPack {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(installedAt, "installedAt");
    if (source.isBlank() || source.length() > MAX_SOURCE) {
      throw InvalidInputException.of("source", "must be 1-" + MAX_SOURCE + " characters");
    }
  }

  /** {@code name@version}. */
  public PackRef ref() {
    return pack.ref();
  }

  /** The digest of the stored content. */
  public PackDigest digest() {
    return pack.contentDigest();
  }
}
