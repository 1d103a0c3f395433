package dev.relaymanager.domain.port;

/** Makes new unique ids for the manager's own records. */
public interface IdGenerator {
  /** A new id: 1-64 characters of letters, digits, '-' or '_', never returned twice. */
  String newId();
}
