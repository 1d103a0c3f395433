package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.Health;
import dev.relaymanager.adapter.sub2api.wire.VersionInfo;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.shared.HostUnreachableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the host probe of contract §13 steps 1–2: liveness, admin auth and version, capabilities.
 */
final class HostInspector {
  static final String HEALTH = "/health";
  static final String VERSION = "/api/v1/admin/system/version";

  private final HostTransport transport;
  private final AdminApi api;
  private final HostJson json;
  private final Clock clock;

  HostInspector(HostTransport transport, AdminApi api, HostJson json, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.api = Objects.requireNonNull(api, "api");
    this.json = Objects.requireNonNull(json, "json");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  HostInspection inspect() {
    checkHealth();
    api.authenticate();
    // The injected clock keeps the latency deterministic in tests; a login is not part of it.
    Instant start = clock.instant();
    VersionInfo version = api.get(VERSION, VersionInfo.class).orThrow();
    Duration latency = Duration.between(start, clock.instant());
    HostCapabilities capabilities = new CapabilityProbe(api, json).detect();
    return new HostInspection(
        WireMapper.version(version), capabilities, latency.isNegative() ? Duration.ZERO : latency);
  }

  /**
   * A URL that answers {@code /health} with anything but {@code {"status":"ok"}} is treated as
   * unreachable: whatever answers there is not a sub2api host the manager can talk to.
   */
  private void checkHealth() {
    HostRequest request = HostRequest.get(HEALTH);
    HostReply reply = transport.exchange(request, Map.of());
    HostOutcome<Health> outcome =
        new EnvelopeDecoder(json.mapper()).decodePlain(request, reply, json.type(Health.class));
    if (outcome.failure().isPresent() || !WireMapper.healthy(outcome.orThrow())) {
      throw new HostUnreachableException(
          transport.baseUrl()
              + " answers but is not a sub2api host: GET /health gave HTTP "
              + reply.status()
              + " instead of {\"status\":\"ok\"}");
    }
  }
}
