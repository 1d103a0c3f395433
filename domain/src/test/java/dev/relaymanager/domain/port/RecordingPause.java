package dev.relaymanager.domain.port;

import java.time.Duration;

/** A {@link Pause} that returns at once and adds up how long it was asked to wait. */
public final class RecordingPause implements Pause {
  private Duration waited = Duration.ZERO;

  public synchronized Duration waited() {
    return waited;
  }

  @Override
  public synchronized void pause(Duration duration) {
    waited = waited.plus(duration);
  }
}
