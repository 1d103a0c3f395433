package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.HostRejectedException;
import java.time.Instant;
import java.util.Objects;

/** The stored outcome of the last probe of a host. */
public sealed interface HostProbe {
  Instant checkedAt();

  /** {@code healthy}, {@code unreachable}, {@code rejected} or {@code compliance_required}. */
  String status();

  /** The host answered and accepted the admin credentials. */
  record Healthy(Instant checkedAt, HostInspection inspection) implements HostProbe {
    public Healthy {
      Objects.requireNonNull(checkedAt, "checkedAt");
      Objects.requireNonNull(inspection, "inspection");
    }

    @Override
    public String status() {
      return "healthy";
    }
  }

  /** The host could not be reached at all. */
  record Unreachable(Instant checkedAt, String detail) implements HostProbe {
    public Unreachable {
      Objects.requireNonNull(checkedAt, "checkedAt");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String status() {
      return "unreachable";
    }
  }

  /** The host answered but refused the manager (credentials, compliance acknowledgement...). */
  record Rejected(
      Instant checkedAt, HostRejectedException.Reason reason, String hostCode, String detail)
      implements HostProbe {
    public Rejected {
      Objects.requireNonNull(checkedAt, "checkedAt");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(hostCode, "hostCode");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String status() {
      return reason == HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED
          ? "compliance_required"
          : "rejected";
    }
  }
}
