package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;

/** Tells an {@link ImportProgress} the batch's counts each time a key's result is recorded. */
final class ProgressTracker {
  private final ImportProgress listener;

  ProgressTracker(ImportProgress listener) {
    this.listener = listener;
  }

  /** Reports {@code batch}'s counts; called under the journal's lock, so calls never overlap. */
  void report(ImportBatch batch) {
    listener.advanced(ImportCounts.of(batch));
  }
}
