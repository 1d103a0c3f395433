package dev.relaymanager.acceptance.simhost.http;

/** Which middleware chain a route runs behind. */
public enum Guard {
  /** No authentication. */
  PUBLIC,
  /** Admin API key or admin JWT, then the compliance guard. */
  ADMIN,
  /** Ordinary user JWT, then the backend-mode guard. */
  USER,
  /** The simulator's control API: no auth, no faults. */
  CONTROL
}
