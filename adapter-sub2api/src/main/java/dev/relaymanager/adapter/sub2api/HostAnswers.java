package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.RelayException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads admin outcomes the way the {@code HostAdmin} port documents them: a handler's 404 is
 * "none", a name or idempotency clash is a {@link ConflictException}, anything else is the error's
 * own exception.
 */
final class HostAnswers {
  /** The 409 reasons that mean "this clashes with what the host holds" (contract §1.4, §7, §8). */
  static final Set<String> CONFLICTS =
      Set.of(
          "GROUP_EXISTS",
          "CHANNEL_EXISTS",
          "GROUP_ALREADY_IN_CHANNEL",
          "MODEL_PATTERN_CONFLICT",
          "MAPPING_PATTERN_CONFLICT",
          "IDEMPOTENCY_KEY_CONFLICT",
          "IDEMPOTENCY_IN_PROGRESS");

  private HostAnswers() {}

  /** The payload, or the refusal as a domain exception. */
  static <T> T value(HostOutcome<T> outcome) {
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent()) {
      throw exception(failure.get());
    }
    return outcome.orThrow();
  }

  /** The payload, or empty when a handler said the object does not exist. */
  static <T> Optional<T> found(HostOutcome<T> outcome) {
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent() && notFound(failure.get())) {
      return Optional.empty();
    }
    return Optional.ofNullable(value(outcome));
  }

  /**
   * The payload of a call on an object that must exist; a handler's 404 becomes a {@link
   * NotFoundException} for {@code kind} {@code id}.
   */
  static <T> T existing(HostOutcome<T> outcome, String kind, long id) {
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent() && notFound(failure.get())) {
      throw new NotFoundException(kind, Long.toString(id));
    }
    return value(outcome);
  }

  /**
   * {@code DELETED} on success, {@code ALREADY_GONE} on a handler's 404. Upstream answers 200 to an
   * account delete of an id that never existed (findings §6): callers that must tell those apart
   * look first.
   */
  static DeleteOutcome deleted(HostOutcome<?> outcome) {
    Optional<HostError> failure = outcome.failure();
    if (failure.isEmpty()) {
      return DeleteOutcome.DELETED;
    }
    if (notFound(failure.get())) {
      return DeleteOutcome.ALREADY_GONE;
    }
    throw exception(failure.get());
  }

  /**
   * A handler's 404 ({@code ACCOUNT_NOT_FOUND}, …), not gin's unenveloped one for a missing route,
   * which says nothing about the object.
   */
  static boolean notFound(HostError error) {
    return error.status() == 404 && error.shape() == HostError.Shape.HANDLER;
  }

  static RelayException exception(HostError error) {
    if (error.status() == 409 && CONFLICTS.contains(error.hostCode())) {
      return new ConflictException(error.hostCode() + ": " + error.message());
    }
    return error.toException();
  }
}
