package dev.relaymanager.domain.access;

import java.util.Objects;

/**
 * A user's subscription of a group as the host returns it.
 *
 * @param status {@code active}, {@code expired}, {@code suspended} (newer hosts: {@code revoked})
 * @param expiresAt the host's {@code expires_at} text
 */
public record LiveSubscription(
    long id, long userId, long groupId, String status, String expiresAt, String notes) {
  public LiveSubscription {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(notes, "notes");
  }

  /** True when the host counts it as usable now. */
  public boolean isActive() {
    return status.equals("active");
  }
}
