package dev.relaymanager.domain.batch;

import java.util.Locale;

/** Whether an announced host write is known to have happened. */
public enum IntentState {
  /** Recorded before the call; the host may or may not have done it (look before redoing). */
  PENDING,
  /** The host did it; its object id is known. */
  DONE,
  /** The host refused it; nothing was written. */
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
