package dev.relaymanager.domain.access;

import java.util.Objects;
import java.util.Optional;

/**
 * What a bulk assignment did for one user: {@code created}, {@code reused} or {@code failed} with
 * the host's reason.
 */
public record SubscriptionAssignment(long userId, String status, String error) {
  public SubscriptionAssignment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
  }

  /** The host's reason when the assignment failed, or empty. */
  public Optional<String> failure() {
    return status.equals("failed") ? Optional.of(error) : Optional.empty();
  }
}
