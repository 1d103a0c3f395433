package dev.relaymanager.adapter.sub2api;

import java.util.Optional;

/** How a probe's answer reads as "the capability is there" (contract §3). */
final class ProbeRules {
  private ProbeRules() {}

  /** Present only when the host answered with a success envelope. */
  static boolean answeredSuccessfully(HostOutcome<?> outcome) {
    Optional<HostError> failure = outcome.failure();
    failure.ifPresent(ProbeRules::rethrowIfFatal);
    return failure.isEmpty();
  }

  /**
   * Present when a handler answered at all: an enveloped refusal (e.g. 404 {@code
   * ACCOUNT_NOT_FOUND}) proves the route; gin's unenveloped 404 proves its absence.
   */
  static boolean routeExists(HostOutcome<?> outcome) {
    Optional<HostError> failure = outcome.failure();
    failure.ifPresent(ProbeRules::rethrowIfFatal);
    return failure.map(error -> !error.routeMissing()).orElse(true);
  }

  /**
   * Stops the inspection when an answer says nothing about the route but about the session or the
   * host: credentials refused, compliance pending, or a gateway error without a sub2api behind it.
   */
  static void rethrowIfFatal(HostError error) {
    boolean gatewayFailure = error.shape() == HostError.Shape.UNENVELOPED && error.status() >= 500;
    if (error.authenticationFailed() || error.complianceRequired() || gatewayFailure) {
      throw error.toException();
    }
  }
}
