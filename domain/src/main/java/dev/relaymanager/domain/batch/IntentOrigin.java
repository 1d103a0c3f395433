package dev.relaymanager.domain.batch;

import java.util.Locale;

/** Whether a completed create made the host object or found it there already. */
public enum IntentOrigin {
  /** Not settled yet, or not a create. */
  NONE,
  /** This batch made the object: a rollback of the batch deletes it. */
  CREATED,
  /** The object was there already (an earlier batch or run): never deleted by this batch. */
  ADOPTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
