package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import java.nio.file.Path;

/**
 * Secret references as the operator typed them, with relative {@code file:} paths made absolute.
 */
final class SecretRefs {
  private static final String FILE_SCHEME = "file:";

  private SecretRefs() {}

  /**
   * {@code reference} with a relative {@code file:} path resolved against the working directory.
   */
  static String absolute(CommandContext context, String reference) {
    if (reference == null || !reference.startsWith(FILE_SCHEME)) {
      return reference;
    }
    String location = reference.substring(FILE_SCHEME.length());
    if (location.isEmpty() || location.startsWith("/")) {
      return reference;
    }
    Path path = context.runtime().workingDirectory().resolve(location).normalize();
    return FILE_SCHEME + path;
  }
}
