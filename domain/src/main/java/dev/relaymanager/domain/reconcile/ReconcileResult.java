package dev.relaymanager.domain.reconcile;

import java.util.Locale;

/** Whether a reconcile found the host as recorded. */
public enum ReconcileResult {
  IN_SYNC,
  DRIFTED;

  /** The stable name used in output and storage, e.g. {@code in_sync}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
