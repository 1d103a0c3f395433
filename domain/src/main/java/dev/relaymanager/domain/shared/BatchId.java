package dev.relaymanager.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The manager's id of one import batch; shared because host markers, providers and batches all name
 * it, and those packages must not depend on each other in a cycle.
 */
public record BatchId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public BatchId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of("batch_id", "must be 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
