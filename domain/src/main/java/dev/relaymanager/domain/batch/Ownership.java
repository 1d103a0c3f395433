package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Marker;
import java.util.Optional;

/**
 * Decides whether a host object that bears one of the provider's names is the manager's: it must
 * carry a marker of the same pack (any version) and provider, and an account's marker must name the
 * same key. Objects without the marker are never touched (PRODUCT §5).
 */
final class Ownership {
  private Ownership() {}

  /** Why the object with {@code freeText} is not ours, or empty when it is. */
  static Optional<String> whyNotOurs(ManagedNames names, String freeText, String keyShortForm) {
    Optional<Marker> marker = Marker.parse(freeText);
    if (marker.isEmpty()) {
      return Optional.of("carries no " + Marker.TAG + " marker");
    }
    Marker found = marker.get();
    if (!found.names(names.pack(), names.provider())) {
      return Optional.of(
          "is marked for pack " + found.pack().name() + " provider " + found.provider());
    }
    if (!keyShortForm.isEmpty() && found.key().filter(k -> !k.equals(keyShortForm)).isPresent()) {
      return Optional.of("is marked for another key (" + found.keyShortForm() + ")");
    }
    return Optional.empty();
  }
}
