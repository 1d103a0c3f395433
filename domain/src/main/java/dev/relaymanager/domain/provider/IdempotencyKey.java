package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The host's {@code Idempotency-Key} header value: up to 128 printable ASCII characters. */
public record IdempotencyKey(String value) {
  private static final Pattern FORM = Pattern.compile("[\\x21-\\x7e]{1,128}");

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of("idempotency_key", "must be 1-128 printable ASCII characters");
    }
  }
}
