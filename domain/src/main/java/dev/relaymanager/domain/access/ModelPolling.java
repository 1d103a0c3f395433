package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a verification waits for the smoke model to appear in {@code GET /v1/models}: the host
 * caches the list for 10-30 s and never invalidates it on writes (findings §9).
 */
public record ModelPolling(Duration maxWait, Duration interval) {
  /** The longest wait accepted. */
  public static final Duration MAX_WAIT = Duration.ofMinutes(10);

  /** Up to 30 s, one listing every 3 s. */
  public static final ModelPolling DEFAULT =
      new ModelPolling(Duration.ofSeconds(30), Duration.ofSeconds(3));

  public ModelPolling {
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(interval, "interval");
    if (maxWait.isNegative() || maxWait.compareTo(MAX_WAIT) > 0) {
      throw InvalidInputException.of("models_wait", "must be between 0 s and 10 min");
    }
    if (interval.isZero() || interval.isNegative()) {
      throw InvalidInputException.of("models_interval", "must be positive");
    }
  }

  /** Waiting up to {@code maxWait} with the default interval (or less when the wait is shorter). */
  public static ModelPolling upTo(Duration maxWait) {
    Duration interval = DEFAULT.interval();
    return new ModelPolling(
        maxWait, maxWait.isZero() || maxWait.compareTo(interval) >= 0 ? interval : maxWait);
  }

  /** How many listings at most: one at once, then one after each interval within the wait. */
  public int attempts() {
    return 1 + (int) (maxWait.toMillis() / interval.toMillis());
  }
}
