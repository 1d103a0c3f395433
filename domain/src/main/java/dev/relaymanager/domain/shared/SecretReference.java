package dev.relaymanager.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret can be read at use time: {@code env:VAR} or {@code file:/absolute/path}. The
 * reference is stored; the secret never is.
 */
public record SecretReference(Scheme scheme, String location) {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  /** The two places a secret may come from. */
  public enum Scheme {
    ENV,
    FILE
  }

  public SecretReference {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(location, "location");
    if (scheme == Scheme.ENV && !ENV_NAME.matcher(location).matches()) {
      throw InvalidInputException.of("", "env: needs a variable name like MY_VAR");
    }
    if (scheme == Scheme.FILE && !location.startsWith("/")) {
      throw InvalidInputException.of("", "file: needs an absolute path");
    }
  }

  /**
   * Parses {@code env:VAR} or {@code file:PATH}; {@code path} names the input for error messages.
   */
  public static SecretReference parse(String path, String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    String prefix = colon < 0 ? "" : text.substring(0, colon);
    String rest = colon < 0 ? "" : text.substring(colon + 1);
    try {
      if (prefix.equals("env")) {
        return new SecretReference(Scheme.ENV, rest);
      }
      if (prefix.equals("file")) {
        return new SecretReference(Scheme.FILE, rest);
      }
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(path, e.violations().get(0).message());
    }
    throw InvalidInputException.of(
        path, "must be env:VAR or file:/path (the secret itself is never accepted)");
  }

  @Override
  public String toString() {
    return scheme.name().toLowerCase(java.util.Locale.ROOT) + ":" + location;
  }
}
