package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.List;
import java.util.Map;

/** Decides how a batch ended from its keys' results and its access step (PRODUCT §4, status). */
final class BatchOutcome {
  private BatchOutcome() {}

  /**
   * Failed when every key failed hard; partially succeeded when some key did or when the access
   * step found the mode not ready (the accounts work, ordinary users cannot use them yet);
   * succeeded otherwise. A key without a result was never finished and counts as failed; a
   * rate-limited test does not. A batch whose access step never ran is judged by its keys alone.
   */
  static BatchStatus of(
      List<KeyFingerprint> keys, Map<KeyFingerprint, KeyResult> results, boolean accessReady) {
    long failed =
        keys.stream()
            .filter(key -> !results.containsKey(key) || results.get(key).failedHard())
            .count();
    if (failed == keys.size()) {
      return BatchStatus.FAILED;
    }
    return failed == 0 && accessReady ? BatchStatus.SUCCEEDED : BatchStatus.PARTIALLY_SUCCEEDED;
  }
}
