package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.FailureClass;
import java.util.Objects;

/**
 * A classified failure of a call that reached (or tried to reach) the provider: the class, the
 * provider's HTTP status found in the text (0 when none) and the full text, kept for the operator.
 * The host adapter turns it into an account test outcome.
 */
public record UpstreamFailure(FailureClass failureClass, int upstreamStatus, String message) {
  public UpstreamFailure {
    Objects.requireNonNull(failureClass, "failureClass");
    Objects.requireNonNull(message, "message");
  }
}
