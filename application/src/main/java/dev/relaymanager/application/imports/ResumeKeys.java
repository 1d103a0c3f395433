package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Matches the keys an operator gives to a resume against the batch's fingerprints. */
final class ResumeKeys {
  private ResumeKeys() {}

  /**
   * The given keys the batch still has to import, in the batch's order.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if a given key is not the batch's,
   *     or a key the batch still needs is not given
   */
  static List<Secret> needed(ImportBatch batch, List<Secret> given) {
    Map<KeyFingerprint, Secret> byKey = new LinkedHashMap<>();
    given.forEach(key -> byKey.put(key.fingerprint(), key));
    Violations violations = new Violations();
    byKey.keySet().stream()
        .filter(k -> !batch.keys().contains(k))
        .forEach(k -> violations.add("keys", "key " + k + " is not a key of batch " + batch.id()));
    List<KeyFingerprint> todo = batch.keysWithoutResult();
    List<String> missing =
        todo.stream()
            .filter(k -> !byKey.containsKey(k))
            .map(KeyFingerprint::shortForm)
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      violations.add(
          "keys",
          "batch "
              + batch.id()
              + " still has to import the keys "
              + String.join(", ", missing)
              + "; give the keys file of the apply");
    }
    violations.throwIfAny();
    return todo.stream().map(byKey::get).collect(Collectors.toList());
  }
}
