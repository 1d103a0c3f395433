package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A model id as clients or the provider spell it (e.g. {@code MiniMax-M2.7}, {@code
 * deepseek-ai/DeepSeek-V4-Pro}); case is kept, and '*' is refused because the host reads it as a
 * wildcard.
 */
public record ModelId(String value) {
  static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}";
  private static final Pattern FORM = Pattern.compile(PATTERN);

  public ModelId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of(
          "id",
          "must be a model id: 1-128 letters, digits or . _ : / @ + -, starting with a letter or"
              + " digit");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
