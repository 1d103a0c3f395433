package dev.relaymanager.application.access;

import java.util.Objects;

/** One user's outcome of a bulk assignment: {@code created}, {@code reused} or {@code failed}. */
public record UserAssignment(String email, String status, String reason) {
  public UserAssignment {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the user has the subscription now. */
  public boolean succeeded() {
    return !status.equals("failed");
  }
}
