package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.BatchAccess;

/**
 * A batch's access outcome for output: the mode's status, the failure class and its hint (empty
 * when ready) and what was seen.
 */
public record ImportAccessReport(
    String status, boolean ready, String failureClass, String hint, String detail) {
  static ImportAccessReport of(BatchAccess access) {
    return new ImportAccessReport(
        access.status().wireName(),
        access.isReady(),
        access.failureClass(),
        access.hint(),
        access.detail());
  }
}
