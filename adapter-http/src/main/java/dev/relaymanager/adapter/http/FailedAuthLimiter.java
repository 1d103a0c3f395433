package dev.relaymanager.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address that only failed authentications drain: {@code capacity}
 * failures are allowed, refilled evenly over {@code window}; an empty bucket blocks the client.
 */
final class FailedAuthLimiter {
  /** Above this many tracked clients, fully refilled buckets are forgotten. */
  private static final int PRUNE_ABOVE = 10_000;

  private final Clock clock;
  private final int capacity;
  private final double tokensPerSecond;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  FailedAuthLimiter(Clock clock, int capacity, Duration window) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity < 1 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("capacity and window must be positive");
    }
    this.capacity = capacity;
    this.tokensPerSecond = capacity / (window.toMillis() / 1000.0);
  }

  /** Whether {@code client} has used up its failed attempts for now. */
  boolean isBlocked(String client) {
    Bucket bucket = buckets.get(client);
    return bucket != null && bucket.available(clock.instant()) < 1;
  }

  /** Takes one token from {@code client}'s bucket. */
  void recordFailure(String client) {
    Instant now = clock.instant();
    buckets.compute(
        client, (key, bucket) -> (bucket == null ? new Bucket(capacity, now) : bucket).take(now));
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.values().removeIf(b -> b.available(now) >= capacity);
    }
  }

  /** Whole seconds until {@code client} may try again; at least 1. */
  long retryAfterSeconds(String client) {
    Bucket bucket = buckets.get(client);
    double missing = bucket == null ? 0 : 1 - bucket.available(clock.instant());
    return Math.max(1, (long) Math.ceil(missing / tokensPerSecond));
  }

  /** Tokens left at a point in time; immutable so that {@code compute} stays atomic. */
  private final class Bucket {
    private final double tokens;
    private final Instant at;

    Bucket(double tokens, Instant at) {
      this.tokens = tokens;
      this.at = at;
    }

    double available(Instant now) {
      double elapsed = Math.max(0, Duration.between(at, now).toMillis() / 1000.0);
      return Math.min(capacity, tokens + elapsed * tokensPerSecond);
    }

    Bucket take(Instant now) {
      return new Bucket(Math.max(0, available(now) - 1), now);
    }
  }
}
