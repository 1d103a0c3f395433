package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.GroupPlatformProbe;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the group platforms a host accepts by creating a group with a platform and no name: the
 * validator then names the first rule each field broke, and nothing is created (contract §3).
 */
final class PlatformProbe {
  static final String GROUPS = "/api/v1/admin/groups";
  static final List<String> PLATFORMS =
      List.of("openai", "anthropic", "deepseek", "kimi", "zhipu", "minimax");

  private static final Pattern PLATFORM_REFUSED = Pattern.compile("\\bPlatform\\b.*\\boneof\\b");
  private static final Pattern NAME_REQUIRED = Pattern.compile("\\bName\\b.*\\brequired\\b");

  private final AdminApi api;
  private final HostJson json;

  PlatformProbe(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The platforms of {@link #PLATFORMS} the host accepts for groups. */
  Set<String> acceptedPlatforms() {
    Set<String> accepted = new LinkedHashSet<>();
    for (String platform : PLATFORMS) {
      if (accepts(platform)) {
        accepted.add(platform);
      }
    }
    return accepted;
  }

  private boolean accepts(String platform) {
    HostOutcome<JsonNode> outcome =
        api.post(GROUPS, new GroupPlatformProbe(platform), json.type(JsonNode.class));
    Optional<HostError> failure = outcome.failure();
    if (failure.isEmpty()) {
      throw namelessGroupCreated(platform);
    }
    HostError error = failure.get();
    ProbeRules.rethrowIfFatal(error);
    return error.status() == 400 && acceptedBy(error.message());
  }

  /**
   * Whether a validation message shows the platform passed: {@code Name} failed {@code required}
   * and {@code Platform} did not fail {@code oneof}. Anything else counts as not accepted.
   */
  static boolean acceptedBy(String validationMessage) {
    for (String line : validationMessage.split("\\R")) {
      if (PLATFORM_REFUSED.matcher(line).find()) {
        return false;
      }
    }
    return NAME_REQUIRED.matcher(validationMessage).find();
  }

  private static HostRejectedException namelessGroupCreated(String platform) {
    // Never retried: each further probe could leave one more group behind.
    return new HostRejectedException(
        Reason.REJECTED,
        200,
        "",
        "host bug: POST "
            + GROUPS
            + " without a name succeeded while probing platform '"
            + platform
            + "'; the host may now hold a nameless "
            + platform
            + " group, remove it in the web UI; probing stopped");
  }
}
