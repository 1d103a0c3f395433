package dev.relaymanager.acceptance.simhost.http;

import dev.relaymanager.acceptance.simhost.state.FaultRule;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Applies injected faults (latency, 5xx, hang) before a request reaches the state lock. */
final class Faults {
  private final Random random;
  private final CountDownLatch closed;

  Faults(Random random, CountDownLatch closed) {
    this.random = random;
    this.closed = closed;
  }

  /**
   * Sleeps or hangs as the first matching rule says; returns an error to answer, if any. A prefix
   * matches the path, or {@code "METHOD path"} (e.g. {@code DELETE /api/v1/admin/groups/}).
   */
  Optional<Resp> apply(List<FaultRule> rules, String method, String path) {
    for (FaultRule rule : rules) {
      String prefix = rule.pathPrefix();
      if (!path.startsWith(prefix) && !(method + " " + path).startsWith(prefix)) {
        continue;
      }
      if (rule.hang()) {
        await(TimeUnit.MINUTES.toMillis(10));
        return Optional.of(SimError.internal().resp());
      }
      if (rule.latencyMs() > 0) {
        await(rule.latencyMs());
      }
      if (rule.errorRate() > 0 && random.nextDouble() < rule.errorRate()) {
        return Optional.of(SimError.plain(rule.errorStatus(), "injected fault").resp());
      }
    }
    return Optional.empty();
  }

  /** Waits the given time, cut short when the host closes. */
  void await(long millis) {
    try {
      closed.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
