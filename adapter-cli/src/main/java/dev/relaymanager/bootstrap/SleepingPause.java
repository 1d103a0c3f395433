package dev.relaymanager.bootstrap;

import dev.relaymanager.domain.port.Pause;
import java.time.Duration;

/** Waits by sleeping the calling thread; an interrupt ends the wait and stays set. */
final class SleepingPause implements Pause {
  @Override
  public void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
