package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedAuthLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
  private final FailedAuthLimiter limiter = new FailedAuthLimiter(clock, 3, Duration.ofMinutes(1));

  @Test
  void a_client_is_blocked_once_its_failures_use_up_the_bucket() {
    limiter.recordFailure("10.0.0.1");
    limiter.recordFailure("10.0.0.1");
    boolean blockedBefore = limiter.isBlocked("10.0.0.1");

    limiter.recordFailure("10.0.0.1");

    assertThat(blockedBefore).isFalse();
    assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
    assertThat(limiter.retryAfterSeconds("10.0.0.1")).isEqualTo(20);
  }

  @Test
  void other_clients_are_not_affected() {
    for (int i = 0; i < 3; i++) {
      limiter.recordFailure("10.0.0.1");
    }

    boolean blocked = limiter.isBlocked("10.0.0.2");

    assertThat(blocked).isFalse();
  }

  @Test
  void the_bucket_refills_over_the_window() {
    for (int i = 0; i < 3; i++) {
      limiter.recordFailure("10.0.0.1");
    }

    clock.advance(Duration.ofSeconds(20));

    assertThat(limiter.isBlocked("10.0.0.1")).isFalse();
  }
}
