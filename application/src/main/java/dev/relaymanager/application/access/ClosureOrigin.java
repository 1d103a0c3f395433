package dev.relaymanager.application.access;

import java.util.Locale;

/** How an access closure came to hold one of the probe user's objects. */
public enum ClosureOrigin {
  /** The closure made it: a rollback of the import's batch deletes it. */
  CREATED,
  /** It was there already: never deleted by a rollback. */
  FOUND,
  /** It was there already, bound elsewhere, and the closure rebound it to the group (a key). */
  REBOUND,
  /** The mode needs no such object (a subscription in self-service mode). */
  NONE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
