package dev.relaymanager.application.imports;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * This process as the holder of batch leases: a unique id (e.g. {@code host:pid:uuid}, made once at
 * start-up) and how long a lease lasts without renewal. A batch whose holder died can be resumed by
 * another process once the lease has run out.
 */
public record LeaseOwner(String id, Duration ttl) {
  /** The lease time used unless configured otherwise. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(2);

  public LeaseOwner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ttl, "ttl");
    if (id.isBlank()) {
      throw InvalidInputException.of("lease_owner", "must not be blank");
    }
    if (ttl.compareTo(Duration.ofSeconds(3)) < 0) {
      throw InvalidInputException.of("lease_ttl", "must be at least 3 seconds");
    }
  }

  /** {@code id} with the default lease time. */
  public static LeaseOwner of(String id) {
    return new LeaseOwner(id, DEFAULT_TTL);
  }
}
