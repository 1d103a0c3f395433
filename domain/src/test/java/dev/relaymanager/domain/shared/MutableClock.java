package dev.relaymanager.domain.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that moves only when a test says so, optionally by a fixed step on every reading. */
public final class MutableClock extends Clock {
  private final Duration step;
  private Instant now;

  public MutableClock(Instant start, Duration step) {
    this.now = start;
    this.step = step;
  }

  public MutableClock(Instant start) {
    this(start, Duration.ZERO);
  }

  /** A clock standing at {@code instant} (ISO-8601). */
  public static MutableClock at(String instant) {
    return new MutableClock(Instant.parse(instant));
  }

  /** A clock that advances by {@code step} each time it is read. */
  public static MutableClock ticking(Duration step) {
    return new MutableClock(Instant.parse("2026-11-01T10:00:00Z"), step);
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public synchronized Instant instant() {
    Instant reading = now;
    now = now.plus(step);
    return reading;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
