package dev.relaymanager.domain.host;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a host can do, found by probing each route (contract §3), never inferred from its version.
 *
 * @param channels channel routes exist (pricing and mapping per group)
 * @param subscriptions subscription routes exist
 * @param paymentPlans payment plan routes exist
 * @param nativeCnRoutes the cn-providers routes exist (v0.1.178 and later)
 * @param groupPlatforms the group platforms the host accepted when asked (e.g. openai, deepseek)
 * @param backendMode ordinary users cannot log in; user keys cannot be created by the manager
 * @param ungroupedKeyScheduling keys without a group are served anyway
 * @param adminUserKeyCreation the fork-only admin route that creates a key for a user exists
 */
public record HostCapabilities(
    boolean channels,
    boolean subscriptions,
    boolean paymentPlans,
    boolean nativeCnRoutes,
    Set<String> groupPlatforms,
    boolean backendMode,
    boolean ungroupedKeyScheduling,
    boolean adminUserKeyCreation) {

  public HostCapabilities {
    Objects.requireNonNull(groupPlatforms, "groupPlatforms");
    groupPlatforms = Set.copyOf(new TreeSet<>(groupPlatforms));
  }

  /** Whether accounts and groups of {@code platform} can be created. */
  public boolean supportsPlatform(String platform) {
    return groupPlatforms.contains(platform);
  }
}
