package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The manager's own id of an imported provider (never a host object id). */
public record ProviderId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ProviderId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of("provider_id", "must be 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
