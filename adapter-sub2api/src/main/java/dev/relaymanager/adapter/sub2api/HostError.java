package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.RelayException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A refusal by the host, in any of the shapes of contract §1.3, for callers to inspect before it
 * becomes a domain exception via {@link #toException()}.
 *
 * @param status the HTTP status (200 when an envelope carried a non-zero code)
 * @param code the host's code as text: {@code "400"}, {@code "INVALID_ADMIN_KEY"}, the warning name
 *     of the 409 shape, or empty
 * @param reason the UPPER_SNAKE reason of an application error, or empty
 * @param message the host's message, with the manager's own secrets masked
 * @param shape which of the host's error shapes this came in
 * @param metadata scalar metadata fields of the error, as text
 * @param request the call that failed, e.g. {@code GET /api/v1/admin/groups?page_size=1}
 */
public record HostError(
    int status,
    String code,
    String reason,
    String message,
    Shape shape,
    Map<String, String> metadata,
    String request) {
  private static final Set<Integer> GATEWAY_FAILURES = Set.of(502, 503, 504);

  /** The body shapes a sub2api host refuses with. */
  public enum Shape {
    /** An envelope with an integer code, from a handler (validation, app error, 500). */
    HANDLER,
    /** An envelope with a string code, from middleware (auth, compliance, backend mode). */
    MIDDLEWARE,
    /** The 409 {@code {"error":...,"message":...}} warning of the account mixed-channel guard. */
    WARNING,
    /** No envelope at all: gin's plain-text 404, an SPA page, or a proxy's error page. */
    UNENVELOPED
  }

  public HostError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(request, "request");
    metadata = Map.copyOf(metadata);
  }

  /** A route the host does not have: gin's unenveloped 404 (or 405), or an SPA page for it. */
  public boolean routeMissing() {
    return shape == Shape.UNENVELOPED && (status == 404 || status == 405 || status / 100 == 2);
  }

  /** Whether the admin middleware refused the credentials (401, or 403 with a string code). */
  public boolean authenticationFailed() {
    return status == 401 || (status == 403 && shape == Shape.MIDDLEWARE);
  }

  /** Whether the host waits for an admin to accept its terms (423). */
  public boolean complianceRequired() {
    return status == 423;
  }

  /** The code an operator can search for: the reason, else a string code or warning name. */
  public String hostCode() {
    if (!reason.isEmpty()) {
      return reason;
    }
    return shape == Shape.MIDDLEWARE || shape == Shape.WARNING ? code : "";
  }

  /** This error with {@code mask} applied to its message, to hide secrets the host echoed. */
  HostError masked(UnaryOperator<String> mask) {
    return new HostError(status, code, reason, mask.apply(message), shape, metadata, request);
  }

  /**
   * The domain exception for this error: 401/403-from-middleware mean bad credentials, 423 a
   * pending compliance acknowledgement, an unenveloped 502/503/504 (a proxy without its host) an
   * unreachable host, anything else a rejection.
   */
  public RelayException toException() {
    if (shape == Shape.UNENVELOPED && GATEWAY_FAILURES.contains(status)) {
      return new HostUnreachableException(
          request + " answered " + status + " from a gateway: " + message);
    }
    if (complianceRequired()) {
      return rejected(
          Reason.COMPLIANCE_ACK_REQUIRED,
          "the host requires an admin to accept its compliance terms in the web UI first");
    }
    if (authenticationFailed()) {
      return rejected(Reason.AUTHENTICATION_FAILED, "the host refused the admin credentials");
    }
    return rejected(Reason.REJECTED, "the host refused " + request);
  }

  private HostRejectedException rejected(Reason why, String summary) {
    String code = hostCode().isEmpty() ? "" : " " + hostCode();
    String detail = summary + " (HTTP " + status + code + "): " + message;
    return new HostRejectedException(why, status, hostCode(), detail);
  }
}
