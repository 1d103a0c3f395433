package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.shared.Secret;
import java.util.Map;
import java.util.Objects;

/** Authenticates with the long-lived admin API key in {@code x-api-key}; nothing to renew. */
final class ApiKeyAuthorizer implements AdminAuthorizer {
  private final Secret key;

  ApiKeyAuthorizer(Secret key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("x-api-key", key.reveal());
  }

  @Override
  public boolean renewAfter(HostError error) {
    return false;
  }

  @Override
  public String mask(String text) {
    return Masking.mask(text, key.reveal());
  }

  @Override
  public String toString() {
    return "ApiKeyAuthorizer[key=***]";
  }
}
