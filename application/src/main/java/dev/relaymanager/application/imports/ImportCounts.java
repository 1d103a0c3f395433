package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.KeyResult;

/**
 * How far the accounts of an import got.
 *
 * @param accounts the keys of the batch
 * @param created accounts this batch created
 * @param adopted accounts found on the host and reused
 * @param tested accounts whose test has run
 * @param failed keys that failed for good (no account, or a hard test failure)
 */
public record ImportCounts(int accounts, int created, int adopted, int tested, int failed) {
  /** The counts of {@code batch}'s recorded key results. */
  public static ImportCounts of(ImportBatch batch) {
    int created = 0;
    int adopted = 0;
    int tested = 0;
    int failed = 0;
    for (KeyResult result : batch.keyResults()) {
      if (result instanceof KeyResult.Tested) {
        tested++;
        boolean made = ((KeyResult.Tested) result).origin() == KeyResult.AccountOrigin.CREATED;
        created += made ? 1 : 0;
        adopted += made ? 0 : 1;
      }
      failed += result.failedHard() ? 1 : 0;
    }
    return new ImportCounts(batch.keys().size(), created, adopted, tested, failed);
  }
}
