package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.Marker;
import dev.relaymanager.domain.shared.BatchId;
import java.util.Locale;

/** Whether a completed create made the host object or found it there already. */
public enum IntentOrigin {
  /** Not settled yet, or not a create. */
  NONE,
  /** This batch made the object: a rollback of the batch deletes it. */
  CREATED,
  /** The object was there already (an earlier batch or run): never deleted by this batch. */
  ADOPTED;

  /**
   * How a create that was interrupted ends when its object is found on the host carrying {@code
   * freeText}: created when the marker names {@code batch} (the write went through before the
   * crash), adopted otherwise (an earlier run made it).
   */
  public static IntentOrigin ofFound(String freeText, BatchId batch) {
    boolean ours = Marker.parse(freeText).filter(m -> m.batch().equals(batch)).isPresent();
    return ours ? CREATED : ADOPTED;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
