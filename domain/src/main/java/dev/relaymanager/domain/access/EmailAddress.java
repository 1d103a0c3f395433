package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An ordinary user's email as the host matches it: trimmed, lower case, at most 254 characters. */
public record EmailAddress(String value) {
  /** The longest email accepted. */
  public static final int MAX_LENGTH = 254;

  private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  public EmailAddress {
    Objects.requireNonNull(value, "value");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
      throw InvalidInputException.of("email", "must be an email address like probe@example.com");
    }
  }

  /** The part before the {@code @}, used as the user name of a created user. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }
}
