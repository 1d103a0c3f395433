package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The prefix of every object name the manager creates on one host (e.g. {@code rm-}), so its own
 * objects can be found again and foreign ones are never touched.
 */
public record ResourcePrefix(String value) {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]{0,15}-");

  /** The prefix used when the operator gives none. */
  public static final ResourcePrefix DEFAULT = new ResourcePrefix("rm-");

  public ResourcePrefix {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of(
          "prefix",
          "must be 1-16 lowercase letters or digits, starting with a letter, ending with '-'");
    }
    if (value.startsWith("private")) {
      throw InvalidInputException.of(
          "prefix", "must not start with 'private' (some hosts hide such groups)");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
