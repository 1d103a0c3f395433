package dev.relaymanager.adapter.sub2api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told, and optionally by a fixed step on every reading. */
final class MutableClock extends Clock {
  private Instant now;
  private final Duration step;

  MutableClock(Instant start, Duration step) {
    this.now = start;
    this.step = step;
  }

  static MutableClock at(String instant) {
    return new MutableClock(Instant.parse(instant), Duration.ZERO);
  }

  /** A clock that advances by {@code step} each time it is read. */
  static MutableClock ticking(Duration step) {
    return new MutableClock(Instant.parse("2026-11-01T10:00:00Z"), step);
  }

  synchronized void advance(Duration duration) {
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
    throw new UnsupportedOperationException("a test clock stays in UTC");
  }
}
