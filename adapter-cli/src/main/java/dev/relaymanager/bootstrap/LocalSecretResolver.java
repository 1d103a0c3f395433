package dev.relaymanager.bootstrap;

import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code env:VAR} from the given environment and {@code file:/path} from the file system. Its
 * errors name the reference and never hold the secret.
 */
public final class LocalSecretResolver implements SecretResolver {
  /** A secret file larger than this is surely the wrong file. */
  private static final long MAX_FILE_BYTES = 64 * 1024;

  private static final String PATH = "secret_ref";

  private final Map<String, String> environment;

  /** Resolves against {@code environment}, normally {@code System.getenv()}. */
  public LocalSecretResolver(Map<String, String> environment) {
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  @Override
  public Secret resolve(SecretReference reference) {
    String value =
        reference.scheme() == SecretReference.Scheme.ENV
            ? fromEnvironment(reference)
            : fromFile(reference);
    try {
      return Secret.of(value);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(
          PATH, reference + ": the secret " + e.violations().get(0).message());
    }
  }

  private String fromEnvironment(SecretReference reference) {
    String value = environment.get(reference.location());
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(
          PATH,
          reference + ": environment variable " + reference.location() + " is unset or empty");
    }
    return value;
  }

  private static String fromFile(SecretReference reference) {
    Path file = Path.of(reference.location());
    if (!Files.isRegularFile(file)) {
      throw InvalidInputException.of(PATH, reference + ": no such file");
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw InvalidInputException.of(PATH, reference + ": file is too large to hold a secret");
      }
      String content = Files.readString(file, StandardCharsets.UTF_8);
      return withoutTrailingNewline(content);
    } catch (IOException e) {
      throw InvalidInputException.of(PATH, reference + ": file cannot be read");
    }
  }

  private static String withoutTrailingNewline(String content) {
    if (content.endsWith("\r\n")) {
      return content.substring(0, content.length() - 2);
    }
    return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
  }
}
