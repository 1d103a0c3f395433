package dev.relaymanager.domain.shared;

import java.util.Objects;

/** One problem with operator input, located by its path in the input (e.g. {@code url}). */
public record Violation(String path, String message) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
