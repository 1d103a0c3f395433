package dev.relaymanager.domain.shared;

import java.util.Objects;

/**
 * The host answered but refused the call: bad admin credentials, a pending compliance
 * acknowledgement, or a request it rejected. {@link #hostCode()} is the host's own code.
 */
public final class HostRejectedException extends RelayException {
  /** Why the host refused, coarse enough for an operator to act on. */
  public enum Reason {
    /** The admin key or login was not accepted (401/403 from the admin middleware). */
    AUTHENTICATION_FAILED,
    /** The host answers 423 until an admin accepts its terms; never accepted automatically. */
    COMPLIANCE_ACK_REQUIRED,
    /** Any other refusal (validation, business rule, internal error). */
    REJECTED
  }

  private final Reason reason;
  private final int httpStatus;
  private final String hostCode;

  public HostRejectedException(Reason reason, int httpStatus, String hostCode, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.httpStatus = httpStatus;
    this.hostCode = Objects.requireNonNull(hostCode, "hostCode");
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status the host answered with. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The host's error code or reason (e.g. {@code INVALID_ADMIN_KEY}); empty when it sent none. */
  public String hostCode() {
    return hostCode;
  }

  @Override
  public String code() {
    return reason == Reason.COMPLIANCE_ACK_REQUIRED
        ? "host_compliance_required"
        : reason == Reason.AUTHENTICATION_FAILED ? "host_auth_failed" : "host_rejected";
  }
}
