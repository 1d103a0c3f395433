package dev.relaymanager.adapter.sub2api;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Canned route sets for the {@link FakeHost} that play a modern and an old sub2api build. */
final class HostScripts {
  static final Set<String> MODERN_PLATFORMS =
      Set.of("openai", "anthropic", "gemini", "deepseek", "kimi", "zhipu", "minimax");
  static final Set<String> OLD_PLATFORMS = Set.of("openai", "anthropic", "gemini", "antigravity");

  private static final Pattern PLATFORM = Pattern.compile("\"platform\":\"([a-z]+)\"");
  private static final String EMPTY_PAGE =
      "{\"items\":[],\"total\":0,\"page\":1,\"page_size\":1,\"pages\":1}";

  private HostScripts() {}

  /** Everything present: channels, plans, CN routes, all CN platforms, admin key creation. */
  static FakeHost modern(FakeHost host) {
    common(host, MODERN_PLATFORMS, "0.1.190");
    return host.on("GET", "/api/v1/admin/channels", Canned.data(EMPTY_PAGE))
        .on("GET", "/api/v1/admin/payment/plans", Canned.data("[]"))
        .on(
            "GET",
            "/api/v1/admin/cn-providers/accounts/0/balance",
            Canned.appError(404, "ACCOUNT_NOT_FOUND", "account not found"))
        .on(
            "POST",
            "/api/v1/admin/users/0/api-keys",
            Canned.appError(404, "USER_NOT_FOUND", "user not found"))
        .on("GET", "/api/v1/admin/settings", ContractFixtures.answer(200, "admin-settings.json"));
  }

  /** The Dec-2025 baseline: no channels, plans, CN routes or admin key creation. */
  static FakeHost old(FakeHost host) {
    common(host, OLD_PLATFORMS, "0.1.50");
    return host.on(
        "GET",
        "/api/v1/admin/settings",
        Canned.data("{\"backend_mode_enabled\":false,\"allow_ungrouped_key_scheduling\":false}"));
  }

  private static void common(FakeHost host, Set<String> platforms, String version) {
    host.on("GET", "/health", ContractFixtures.answer(200, "health.json"))
        .on("GET", "/api/v1/admin/system/version", Canned.data("{\"version\":\"" + version + "\"}"))
        .on("GET", "/api/v1/admin/groups", Canned.data(EMPTY_PAGE))
        .on("GET", "/api/v1/admin/subscriptions", Canned.data(EMPTY_PAGE))
        .on("POST", "/api/v1/admin/groups", request -> groupValidation(platforms, request.body()));
  }

  /** What gin's validator answers to a group without a name. */
  static Canned groupValidation(Set<String> platforms, String body) {
    Matcher matcher = PLATFORM.matcher(body);
    String platform = matcher.find() ? matcher.group(1) : "";
    String message =
        "Invalid request: Key: 'CreateGroupRequest.Name' Error:Field validation for 'Name' failed"
            + " on the 'required' tag";
    if (!platforms.contains(platform)) {
      message +=
          "\nKey: 'CreateGroupRequest.Platform' Error:Field validation for 'Platform' failed on"
              + " the 'oneof' tag";
    }
    return Canned.validation(message);
  }
}
