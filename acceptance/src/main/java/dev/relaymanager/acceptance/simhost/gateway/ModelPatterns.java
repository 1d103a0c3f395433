package dev.relaymanager.acceptance.simhost.gateway;

import java.util.List;
import java.util.Locale;

/** Channel model patterns: case-insensitive ids with an optional trailing {@code *} (§1). */
final class ModelPatterns {
  private ModelPatterns() {}

  /** True when one of the patterns in a pricing entry's {@code models} covers the model. */
  static boolean covers(Object models, String model) {
    if (!(models instanceof List<?> list) || model == null) {
      return false;
    }
    String wanted = model.toLowerCase(Locale.ROOT);
    for (Object m : list) {
      String pattern = String.valueOf(m).toLowerCase(Locale.ROOT);
      boolean prefix =
          pattern.endsWith("*") && wanted.startsWith(pattern.substring(0, pattern.length() - 1));
      if (pattern.equals(wanted) || prefix) {
        return true;
      }
    }
    return false;
  }
}
