package dev.relaymanager.adapter.sqlite;

import java.util.Locale;

/**
 * Enumerations as the lowercase names the schema's CHECK constraints list, which are also the
 * domain's wire names (e.g. {@code partially_succeeded}).
 */
final class WireNames {
  private WireNames() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} stored as {@code text} in {@code column}. */
  static <E extends Enum<E>> E parse(Class<E> type, String column, String text) {
    for (E value : type.getEnumConstants()) {
      if (of(value).equals(text)) {
        return value;
      }
    }
    throw new IllegalStateException("unknown " + column + " '" + text + "'");
  }
}
