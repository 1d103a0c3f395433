package dev.relaymanager.adapter.sub2api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The result of one admin call: the decoded payload, or the host's refusal as a {@link HostError}.
 *
 * @param <T> the payload type
 */
sealed interface HostOutcome<T> {
  /** The payload, or the refusal translated by {@link HostError#toException()}. */
  T orThrow();

  /** The refusal, or empty on success. */
  Optional<HostError> failure();

  /** This outcome with {@code mask} applied to a refusal's message. */
  HostOutcome<T> masked(UnaryOperator<String> mask);

  /** The host answered with code 0. */
  record Success<T>(T value) implements HostOutcome<T> {
    @Override
    public T orThrow() {
      return value;
    }

    @Override
    public Optional<HostError> failure() {
      return Optional.empty();
    }

    @Override
    public HostOutcome<T> masked(UnaryOperator<String> mask) {
      return this;
    }

    @Override
    public String toString() {
      // Payloads can hold user keys (e.g. an API key DTO), so they never print.
      return "Success[...]";
    }
  }

  /** The host refused, or answered something that is not a readable envelope. */
  record Failure<T>(HostError error) implements HostOutcome<T> {
    public Failure {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public T orThrow() {
      throw error.toException();
    }

    @Override
    public Optional<HostError> failure() {
      return Optional.of(error);
    }

    @Override
    public HostOutcome<T> masked(UnaryOperator<String> mask) {
      return new Failure<>(error.masked(mask));
    }
  }
}
