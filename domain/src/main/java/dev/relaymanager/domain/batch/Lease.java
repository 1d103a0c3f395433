package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who may write for a running batch, until when. An owner renews it while working; once it has
 * expired (the owner died), another process may take it over to resume the batch.
 *
 * @param owner the process that holds it, e.g. {@code host:pid:uuid}
 */
public record Lease(String owner, Instant expiresAt) {
  public Lease {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (owner.isBlank()) {
      throw InvalidInputException.of("lease.owner", "must not be blank");
    }
  }

  /** A lease for {@code owner} from {@code now} for {@code ttl}. */
  public static Lease of(String owner, Instant now, Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw InvalidInputException.of("lease.ttl", "must be positive");
    }
    return new Lease(owner, now.plus(ttl));
  }

  /** Whether it has run out at {@code now}, so that it may be taken over. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Whether {@code candidate} may write at {@code now}: it holds it, or it has run out. */
  public boolean admits(String candidate, Instant now) {
    return owner.equals(candidate) || isExpiredAt(now);
  }
}
