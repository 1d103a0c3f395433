package dev.relaymanager.domain.pack;

import java.util.Objects;

/**
 * Something in a valid pack that is allowed but likely to hurt on some hosts, located by its path
 * in the document (e.g. {@code providers[3].base_url}).
 */
public record PackWarning(String path, String message) {
  public PackWarning {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
