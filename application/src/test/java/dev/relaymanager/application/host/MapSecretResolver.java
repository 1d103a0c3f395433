package dev.relaymanager.application.host;

import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.util.HashMap;
import java.util.Map;

/** A {@link SecretResolver} over a map of references to values, for tests. */
final class MapSecretResolver implements SecretResolver {
  private final Map<String, String> values = new HashMap<>();

  MapSecretResolver with(String reference, String value) {
    values.put(reference, value);
    return this;
  }

  @Override
  public Secret resolve(SecretReference reference) {
    String value = values.get(reference.toString());
    if (value == null) {
      throw InvalidInputException.of("secret_ref", reference + " cannot be read");
    }
    return Secret.of(value);
  }
}
