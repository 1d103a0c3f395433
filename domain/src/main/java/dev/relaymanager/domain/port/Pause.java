package dev.relaymanager.domain.port;

import java.time.Duration;

/** Waits between polls; injected so that tests never sleep. */
public interface Pause {
  /** Returns after about {@code duration}; an interrupt ends the wait early. */
  void pause(Duration duration);
}
