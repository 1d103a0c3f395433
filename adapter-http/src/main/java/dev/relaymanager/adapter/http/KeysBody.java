package dev.relaymanager.adapter.http;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.util.List;

/**
 * Turns the keys of a request body, {@code keys} (one key per element) or {@code keys_text} (a keys
 * file's content), into the keys text the use cases parse; element N is reported as {@code keys:N},
 * and no key is ever repeated in a message.
 */
final class KeysBody {
  private KeysBody() {}

  /** The keys as text; null when neither field was given (the use case reports what is needed). */
  static String text(List<String> keys, String keysText) {
    if (keys != null && keysText != null) {
      throw InvalidInputException.of("keys", "give keys or keys_text, not both");
    }
    if (keys == null) {
      return keysText;
    }
    Violations violations = new Violations();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key == null || key.isBlank() || key.strip().startsWith("#")) {
        violations.add("keys:" + (i + 1), "must be a key");
      } else if (key.lines().count() > 1) {
        violations.add("keys:" + (i + 1), "must be one key without line breaks");
      }
    }
    violations.throwIfAny();
    return String.join("\n", keys);
  }
}
