package dev.relaymanager.adapter.sub2api;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and retry policy of the sub2api client.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long to wait for a whole answer
 * @param maxReadRetries extra attempts for idempotent reads after a transport error, 429 or
 *     502/503/504; writes are never retried
 * @param retryBackoff the pause before the first retry, doubled for each further one
 * @param accountTestTimeout how long an account test (contract §6) may take as a whole: it waits
 *     for the provider, so it is longer than {@code requestTimeout}
 */
public record Sub2apiSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxReadRetries,
    Duration retryBackoff,
    Duration accountTestTimeout) {
  private static final int MAX_RETRIES = 10;
  private static final int TEST_TIMEOUT_FACTOR = 4;

  public Sub2apiSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(accountTestTimeout, "accountTestTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    if (accountTestTimeout.isNegative() || accountTestTimeout.isZero()) {
      throw new IllegalArgumentException("accountTestTimeout must be positive");
    }
    if (maxReadRetries < 0 || maxReadRetries > MAX_RETRIES) {
      throw new IllegalArgumentException("maxReadRetries must be between 0 and " + MAX_RETRIES);
    }
    if (retryBackoff.isNegative()) {
      throw new IllegalArgumentException("retryBackoff must not be negative");
    }
  }

  /** These settings with an account test timeout of four request timeouts. */
  public Sub2apiSettings(
      Duration connectTimeout, Duration requestTimeout, int maxReadRetries, Duration retryBackoff) {
    this(
        connectTimeout,
        requestTimeout,
        maxReadRetries,
        retryBackoff,
        requestTimeout.multipliedBy(TEST_TIMEOUT_FACTOR));
  }

  /** 5 s to connect, 30 s per request (120 s per account test), 2 read retries from 200 ms. */
  public static Sub2apiSettings defaults() {
    return new Sub2apiSettings(
        Duration.ofSeconds(5), Duration.ofSeconds(30), 2, Duration.ofMillis(200));
  }

  /** The pause before retry number {@code retry} (1-based): the backoff doubled per retry. */
  Duration backoffBefore(int retry) {
    return retryBackoff.multipliedBy(1L << Math.min(retry - 1, MAX_RETRIES));
  }
}
