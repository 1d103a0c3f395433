package dev.relaymanager.acceptance.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for a condition another process brings about (e.g. an account appearing on the host); the
 * deadline only bounds a hung test, it is not what the test asserts.
 */
public final class Poll {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final Duration INTERVAL = Duration.ofMillis(50);

  private Poll() {}

  /**
   * The first value of {@code attempt} that is not null.
   *
   * @throws IllegalStateException naming {@code what} when the deadline passes first
   */
  public static <T> T until(String what, Supplier<T> attempt) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      T value = attempt.get();
      if (value != null) {
        return value;
      }
      LockSupport.parkNanos(INTERVAL.toNanos());
    }
    throw new IllegalStateException("gave up waiting for " + what + " after " + DEADLINE);
  }
}
