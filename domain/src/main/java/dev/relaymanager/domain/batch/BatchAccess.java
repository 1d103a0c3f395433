package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.shared.FailureClass;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a batch's access step found for its mode: the mode's status, the failure class (empty when
 * ready or when no check could run) and a detail for the operator, never a key.
 *
 * @param status the checked mode's status, or {@code unknown} when the check could not run (no
 *     probe user, a host that blocks user logins)
 */
public record BatchAccess(AccessStatus status, String failureClass, String detail) {
  public BatchAccess {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failureClass, "failureClass");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether ordinary users can use the provider in the batch's mode. */
  public boolean isReady() {
    return status.isReady();
  }

  /** The one-line hint of the failure class, or empty. */
  public String hint() {
    return Arrays.stream(FailureClass.values())
        .filter(c -> c.wireName().equals(failureClass))
        .map(FailureClass::hint)
        .findFirst()
        .orElse("");
  }
}
