package dev.relaymanager.application.access;

import java.util.List;

/**
 * The result of {@link CheckAccess}: the provider's overall status after this check (earlier checks
 * of other modes included), whether every checked mode is ready, and each checked mode's report.
 */
public record AccessReport(String provider, String status, boolean ready, List<ModeReport> modes) {
  public AccessReport {
    modes = List.copyOf(modes);
  }
}
