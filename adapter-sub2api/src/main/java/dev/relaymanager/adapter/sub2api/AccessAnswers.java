package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.shared.ConflictException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads outcomes of the user, subscription and key routes like {@link HostAnswers}, with their own
 * 409 conflicts (contract §1.5, §9.2; findings §7).
 */
final class AccessAnswers {
  static final Set<String> CONFLICTS =
      Set.of(
          "EMAIL_EXISTS",
          "SUBSCRIPTION_ALREADY_EXISTS",
          "SUBSCRIPTION_ASSIGN_CONFLICT",
          "ACTIVE_SUBSCRIPTION_EXISTS",
          "IDEMPOTENCY_KEY_CONFLICT",
          "IDEMPOTENCY_IN_PROGRESS");

  private static final String CONFLICT_REASON = "conflict_reason";

  private AccessAnswers() {}

  /** The payload, or the refusal as a domain exception; a known 409 is a conflict. */
  static <T> T value(HostOutcome<T> outcome) {
    conflict(outcome);
    return HostAnswers.value(outcome);
  }

  /** Like {@link HostAnswers#existing}, with the conflicts of this class. */
  static <T> T existing(HostOutcome<T> outcome, String kind, long id) {
    conflict(outcome);
    return HostAnswers.existing(outcome, kind, id);
  }

  private static void conflict(HostOutcome<?> outcome) {
    Optional<HostError> failure = outcome.failure();
    if (failure.isEmpty()) {
      return;
    }
    HostError error = failure.get();
    if (error.status() == 409 && CONFLICTS.contains(error.hostCode())) {
      String why = error.metadata().getOrDefault(CONFLICT_REASON, "");
      String detail = why.isEmpty() ? "" : " (" + why + ")";
      throw new ConflictException(error.hostCode() + detail + ": " + error.message());
    }
  }
}
