package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.KeyResult;
import dev.relaymanager.domain.shared.Secret;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The batch's upstream keys as the access step uses them: whether any works, working ones first.
 */
final class UpstreamKeys {
  private UpstreamKeys() {}

  /** Whether every key of the batch failed hard (or has no result). */
  static boolean noneWorks(ImportBatch batch) {
    return batch.keys().stream()
        .allMatch(k -> batch.keyResult(k).map(KeyResult::failedHard).orElse(true));
  }

  /** {@code keys} with the ones whose account test did not fail hard first. */
  static List<Secret> workingFirst(ImportBatch batch, List<Secret> keys) {
    return keys.stream()
        .sorted(Comparator.comparing((Secret k) -> !works(batch, k)))
        .collect(Collectors.toList());
  }

  private static boolean works(ImportBatch batch, Secret key) {
    return batch.keyResult(key.fingerprint()).map(r -> !r.failedHard()).orElse(false);
  }
}
