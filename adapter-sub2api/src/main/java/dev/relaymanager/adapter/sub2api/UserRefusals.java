package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import dev.relaymanager.domain.shared.RelayException;

/**
 * Translates refusals met as an ordinary user: a refused login (bad password, backend mode,
 * Turnstile, 2FA) or session is {@code AUTHENTICATION_FAILED} with the host's code, so the domain
 * can tell "this host does not let the manager log in as a user".
 */
final class UserRefusals {
  static final String TWO_FACTOR_REQUIRED = "TWO_FACTOR_REQUIRED";

  private UserRefusals() {}

  /** A refused login; a rate limit or an outage keeps its ordinary meaning. */
  static RelayException login(HostError error, String email) {
    if (error.status() == 429 || error.status() >= 500 || error.complianceRequired()) {
      return error.toException();
    }
    return rejected(error, "the host refused to log in the user " + email);
  }

  /** The user has TOTP: the manager cannot complete the second step. */
  static HostRejectedException twoFactor(String email) {
    return new HostRejectedException(
        Reason.AUTHENTICATION_FAILED,
        200,
        TWO_FACTOR_REQUIRED,
        "the user " + email + " has two-factor authentication, which the manager cannot complete");
  }

  /** A refused call in the user's session; the middleware's 401/403 (backend mode) is auth. */
  static RelayException session(HostError error) {
    if (error.authenticationFailed()) {
      return rejected(error, "the host refused the user's session for " + error.request());
    }
    return HostAnswers.exception(error);
  }

  private static HostRejectedException rejected(HostError error, String summary) {
    String code = error.hostCode().isEmpty() ? "" : " " + error.hostCode();
    String detail = summary + " (HTTP " + error.status() + code + "): " + error.message();
    return new HostRejectedException(
        Reason.AUTHENTICATION_FAILED, error.status(), error.hostCode(), detail);
  }
}
