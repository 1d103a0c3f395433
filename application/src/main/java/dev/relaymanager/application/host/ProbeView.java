package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostProbe;
import java.time.Instant;

/**
 * The result of a probe as shown to operators. Fields that the outcome does not have are null.
 *
 * @param status {@code healthy}, {@code unreachable}, {@code rejected} or {@code
 *     compliance_required}
 * @param reachable whether the host answered at all
 */
public record ProbeView(
    String status,
    boolean reachable,
    Instant checkedAt,
    String version,
    Long latencyMs,
    HostCapabilities capabilities,
    String hostCode,
    String detail) {

  /** The view of {@code probe}. */
  public static ProbeView of(HostProbe probe) {
    if (probe instanceof HostProbe.Healthy) {
      HostProbe.Healthy healthy = (HostProbe.Healthy) probe;
      return new ProbeView(
          probe.status(),
          true,
          probe.checkedAt(),
          healthy.inspection().version(),
          healthy.inspection().latency().toMillis(),
          healthy.inspection().capabilities(),
          null,
          null);
    }
    if (probe instanceof HostProbe.Unreachable) {
      return new ProbeView(
          probe.status(),
          false,
          probe.checkedAt(),
          null,
          null,
          null,
          null,
          ((HostProbe.Unreachable) probe).detail());
    }
    if (probe instanceof HostProbe.Rejected) {
      HostProbe.Rejected rejected = (HostProbe.Rejected) probe;
      return new ProbeView(
          probe.status(),
          true,
          probe.checkedAt(),
          null,
          null,
          null,
          rejected.hostCode(),
          rejected.detail());
    }
    throw new AssertionError(probe);
  }
}
