package dev.relaymanager.domain.provider;

/** What a delete on the host found: the object was deleted, or it was already gone (404). */
public enum DeleteOutcome {
  DELETED,
  ALREADY_GONE
}
