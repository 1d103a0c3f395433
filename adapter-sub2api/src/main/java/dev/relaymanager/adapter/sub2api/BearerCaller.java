package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Sends one call as a client of a gateway or provider: the key in {@code Authorization: Bearer}
 * only (an {@code x-api-key} once gave a false 401, see the prototype notes), timed with the clock,
 * and never retried because a verification must see what a user sees.
 */
final class BearerCaller {
  static final String NETWORK_ERROR = "network_error";

  private final Clock clock;

  BearerCaller(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The answer, or {@link BearerReply.Unanswered} when none came; never throws for transport. */
  BearerReply call(HostTransport transport, HostRequest request, Secret key) {
    Instant start = clock.instant();
    try {
      HostReply reply =
          transport.exchange(request, Map.of("Authorization", "Bearer " + key.reveal()));
      return new BearerReply.Answered(reply, since(start));
    } catch (HostUnreachableException e) {
      String message = Masking.mask(String.valueOf(e.getMessage()), key.reveal());
      return new BearerReply.Unanswered(
          new GatewayRefusal(0, NETWORK_ERROR, message), since(start));
    }
  }

  private Duration since(Instant start) {
    Duration latency = Duration.between(start, clock.instant());
    return latency.isNegative() ? Duration.ZERO : latency;
  }
}
