package dev.relaymanager.domain.host;

import java.time.Duration;
import java.util.Objects;

/** What one successful look at a live host found: its version, capabilities and latency. */
public record HostInspection(String version, HostCapabilities capabilities, Duration latency) {
  public HostInspection {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(capabilities, "capabilities");
    Objects.requireNonNull(latency, "latency");
  }
}
