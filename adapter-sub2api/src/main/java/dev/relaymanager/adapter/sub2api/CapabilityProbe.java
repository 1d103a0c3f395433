package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.domain.host.HostCapabilities;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Detects a host's capabilities route by route (contract §3); never infers them from a version. */
final class CapabilityProbe {
  static final String GROUPS = "/api/v1/admin/groups?page_size=1";
  static final String SUBSCRIPTIONS = "/api/v1/admin/subscriptions?page_size=1";
  static final String CHANNELS = "/api/v1/admin/channels?page_size=1";
  static final String PAYMENT_PLANS = "/api/v1/admin/payment/plans";
  static final String CN_BALANCE = "/api/v1/admin/cn-providers/accounts/0/balance";
  static final String ADMIN_USER_KEYS = "/api/v1/admin/users/0/api-keys";

  private final AdminApi api;
  private final HostJson json;

  CapabilityProbe(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Probes every capability; groups must answer, because without them the manager can do nothing.
   */
  HostCapabilities detect() {
    get(GROUPS).orThrow();
    boolean subscriptions = ProbeRules.answeredSuccessfully(get(SUBSCRIPTIONS));
    boolean channels = ProbeRules.answeredSuccessfully(get(CHANNELS));
    boolean paymentPlans = ProbeRules.answeredSuccessfully(get(PAYMENT_PLANS));
    boolean nativeCn = ProbeRules.routeExists(get(CN_BALANCE));
    Set<String> platforms = new PlatformProbe(api, json).acceptedPlatforms();
    SettingsProbe.Flags flags = new SettingsProbe(api).read();
    // User 0 never exists, so a present route refuses with an enveloped 4xx and creates nothing.
    boolean adminUserKeys =
        ProbeRules.routeExists(api.post(ADMIN_USER_KEYS, Map.of(), json.type(JsonNode.class)));
    return new HostCapabilities(
        channels,
        subscriptions,
        paymentPlans,
        nativeCn,
        platforms,
        flags.backendMode(),
        flags.ungroupedKeyScheduling(),
        adminUserKeys);
  }

  private HostOutcome<JsonNode> get(String path) {
    return api.get(path, json.type(JsonNode.class));
  }
}
