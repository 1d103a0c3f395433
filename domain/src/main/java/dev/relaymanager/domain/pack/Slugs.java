package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/** The slug rule shared by pack and provider names, which end up inside host object names. */
final class Slugs {
  static final String PATTERN = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";
  private static final Pattern SLUG = Pattern.compile(PATTERN);

  private Slugs() {}

  static void check(String path, String value) {
    if (!SLUG.matcher(value).matches()) {
      throw InvalidInputException.of(
          path,
          "must be a slug: 1-40 lowercase letters, digits or '-', not starting or ending with '-'");
    }
  }
}
