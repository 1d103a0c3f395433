package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.AdminSettings;
import dev.relaymanager.adapter.sub2api.wire.PublicSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the two settings that change what the manager can do: backend mode (no user logins, so no
 * user keys) and scheduling of keys without a group.
 */
final class SettingsProbe {
  static final String ADMIN_SETTINGS = "/api/v1/admin/settings";
  static final String PUBLIC_SETTINGS = "/api/v1/settings/public";

  /**
   * The settings flags; {@code ungroupedKeyScheduling} is false when only public ones were read.
   */
  record Flags(boolean backendMode, boolean ungroupedKeyScheduling) {}

  private final AdminApi api;

  SettingsProbe(AdminApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** The admin settings, or, when those cannot be read, backend mode from the public settings. */
  Flags read() {
    HostOutcome<AdminSettings> outcome = api.get(ADMIN_SETTINGS, AdminSettings.class);
    Optional<HostError> failure = outcome.failure();
    failure.ifPresent(ProbeRules::rethrowIfFatal);
    AdminSettings settings = failure.isEmpty() ? outcome.orThrow() : null;
    if (settings != null) {
      return new Flags(
          WireMapper.backendMode(settings), WireMapper.ungroupedKeyScheduling(settings));
    }
    PublicSettings fallback = api.get(PUBLIC_SETTINGS, PublicSettings.class).orThrow();
    return new Flags(fallback != null && WireMapper.backendMode(fallback), false);
  }
}
