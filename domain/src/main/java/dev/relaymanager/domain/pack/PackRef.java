package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/** One installed version of a pack, written {@code name@version} (e.g. {@code cn-core@1.0.0}). */
public record PackRef(PackName name, PackVersion version) {
  public PackRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /** Parses {@code name@version}; {@code path} names the input in error messages. */
  public static PackRef parse(String path, String text) {
    Objects.requireNonNull(text, "text");
    int at = text.indexOf('@');
    if (at < 0) {
      throw InvalidInputException.of(path, "must be NAME@VERSION, e.g. cn-core@1.0.0");
    }
    try {
      return new PackRef(
          new PackName(text.substring(0, at)), PackVersion.parse(text.substring(at + 1)));
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(path, e.violations().get(0).message());
    }
  }

  @Override
  public String toString() {
    return name + "@" + version;
  }
}
