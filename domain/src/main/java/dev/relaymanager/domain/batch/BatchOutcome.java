package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.List;
import java.util.Map;

/** Decides how a batch ended from its keys' results (PRODUCT §4, status). */
final class BatchOutcome {
  private BatchOutcome() {}

  /**
   * Succeeded when no key failed hard, failed when every key did, partially succeeded otherwise. A
   * key without a result was never finished and counts as failed; a rate-limited test does not.
   */
  static BatchStatus of(List<KeyFingerprint> keys, Map<KeyFingerprint, KeyResult> results) {
    long failed =
        keys.stream()
            .filter(key -> !results.containsKey(key) || results.get(key).failedHard())
            .count();
    if (failed == 0) {
      return BatchStatus.SUCCEEDED;
    }
    return failed == keys.size() ? BatchStatus.FAILED : BatchStatus.PARTIALLY_SUCCEEDED;
  }
}
