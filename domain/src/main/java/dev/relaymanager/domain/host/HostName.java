package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The operator's name for a host: a lowercase slug, unique among registered hosts. */
public record HostName(String value) {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

  public HostName {
    Objects.requireNonNull(value, "value");
    if (!SLUG.matcher(value).matches()) {
      throw InvalidInputException.of(
          "name",
          "must be a slug: 1-40 lowercase letters, digits or '-', not starting or ending with '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
