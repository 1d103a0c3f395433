package dev.relaymanager.application.imports;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Locale;

/** What an import does when its batch fails: keep the partial state, or delete what it created. */
public enum OnFailure {
  /** Keep everything; the batch can be resumed. */
  KEEP,
  /** Delete what this batch created (never adopted objects). */
  COMPENSATE;

  /** The option's value, {@code keep} or {@code compensate}; null means {@code keep}. */
  public static OnFailure parse(String text) {
    if (text == null) {
      return KEEP;
    }
    for (OnFailure choice : values()) {
      if (choice.wireName().equals(text)) {
        return choice;
      }
    }
    throw InvalidInputException.of("on_failure", "must be keep or compensate");
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
