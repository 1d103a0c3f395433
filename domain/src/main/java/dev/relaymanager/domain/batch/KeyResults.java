package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a batch's keys, one per key in the order first recorded; each change returns new
 * results.
 */
final class KeyResults {
  private final Map<KeyFingerprint, KeyResult> byKey;

  private KeyResults(Map<KeyFingerprint, KeyResult> byKey) {
    this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
  }

  static KeyResults empty() {
    return new KeyResults(Map.of());
  }

  /** The results in {@code results}; a later result for the same key replaces an earlier one. */
  static KeyResults of(List<KeyResult> results) {
    Map<KeyFingerprint, KeyResult> byKey = new LinkedHashMap<>();
    results.forEach(r -> byKey.put(r.fingerprint(), r));
    return new KeyResults(byKey);
  }

  /** These results with {@code result} for its key, keeping the key's place if it had one. */
  KeyResults with(KeyResult result) {
    Map<KeyFingerprint, KeyResult> all = new LinkedHashMap<>(byKey);
    all.put(result.fingerprint(), result);
    return new KeyResults(all);
  }

  boolean has(KeyFingerprint key) {
    return byKey.containsKey(key);
  }

  Optional<KeyResult> find(KeyFingerprint key) {
    return Optional.ofNullable(byKey.get(key));
  }

  List<KeyResult> all() {
    return List.copyOf(byKey.values());
  }

  Map<KeyFingerprint, KeyResult> asMap() {
    return byKey;
  }
}
