package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.host.AdminAuth;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.host.HostProbe;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.SecretReference;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Maps {@link Host} to {@link HostRow} and back. */
final class HostRows {
  private HostRows() {}

  static HostRow toRow(Host host, CapabilitiesJson json) {
    AdminAuth auth = host.adminAuth();
    HostProbe probe = host.lastProbe().orElse(null);
    HostInspection inspection =
        probe instanceof HostProbe.Healthy ? ((HostProbe.Healthy) probe).inspection() : null;
    HostProbe.Rejected rejected =
        probe instanceof HostProbe.Rejected ? (HostProbe.Rejected) probe : null;
    return new HostRow(
        host.id().value(),
        host.name().value(),
        host.baseUrl().value(),
        auth.method(),
        auth instanceof AdminAuth.Login ? ((AdminAuth.Login) auth).email() : null,
        auth.secretReference().toString(),
        host.prefix().value(),
        SqliteInstants.text(host.createdAt()),
        SqliteInstants.text(host.updatedAt()),
        probe == null ? null : probe.status(),
        probe == null ? null : SqliteInstants.text(probe.checkedAt()),
        inspection == null ? null : inspection.version(),
        // Whole milliseconds are precise enough for an operator; the fraction is dropped.
        inspection == null ? null : inspection.latency().toMillis(),
        inspection == null ? null : json.write(inspection.capabilities()),
        rejected == null ? null : rejected.reason().name().toLowerCase(Locale.ROOT),
        rejected == null ? null : rejected.hostCode(),
        detail(probe));
  }

  static Host toDomain(HostRow row, CapabilitiesJson json) {
    return Host.restore(
        new HostId(row.id()),
        new HostName(row.name()),
        new BaseUrl(row.baseUrl()),
        adminAuth(row),
        new ResourcePrefix(row.prefix()),
        SqliteInstants.parse(row.createdAt()),
        SqliteInstants.parse(row.updatedAt()),
        probe(row, json));
  }

  private static String detail(HostProbe probe) {
    if (probe instanceof HostProbe.Unreachable) {
      return ((HostProbe.Unreachable) probe).detail();
    }
    if (probe instanceof HostProbe.Rejected) {
      return ((HostProbe.Rejected) probe).detail();
    }
    return null;
  }

  private static AdminAuth adminAuth(HostRow row) {
    SecretReference reference = SecretReference.parse("secret_ref", row.secretRef());
    if (row.authMethod().equals("api_key")) {
      return new AdminAuth.ApiKey(reference);
    }
    if (row.authMethod().equals("login")) {
      return new AdminAuth.Login(row.adminEmail(), reference);
    }
    throw new IllegalStateException("unknown auth_method " + row.authMethod());
  }

  private static Optional<HostProbe> probe(HostRow row, CapabilitiesJson json) {
    if (row.probeStatus() == null) {
      return Optional.empty();
    }
    var checkedAt = SqliteInstants.parse(row.probeCheckedAt());
    switch (row.probeStatus()) {
      case "healthy":
        return Optional.of(
            new HostProbe.Healthy(
                checkedAt,
                new HostInspection(
                    row.probeVersion(),
                    json.read(row.probeCapabilities()),
                    Duration.ofMillis(row.probeLatencyMs()))));
      case "unreachable":
        return Optional.of(new HostProbe.Unreachable(checkedAt, row.probeDetail()));
      case "rejected":
      case "compliance_required":
        return Optional.of(
            new HostProbe.Rejected(
                checkedAt,
                HostRejectedException.Reason.valueOf(row.probeReason().toUpperCase(Locale.ROOT)),
                row.probeHostCode(),
                row.probeDetail()));
      default:
        throw new IllegalStateException("unknown probe_status " + row.probeStatus());
    }
  }
}
