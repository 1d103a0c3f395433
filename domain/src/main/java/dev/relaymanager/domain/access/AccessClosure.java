package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether ordinary users can really use one provider: the last check of each mode and the status
 * they add up to (PRODUCT §2, §4).
 */
public final class AccessClosure {
  private final ProviderId providerId;
  private final Map<ImportMode, AccessCheck> lastChecks;

  private AccessClosure(ProviderId providerId, Map<ImportMode, AccessCheck> lastChecks) {
    this.providerId = Objects.requireNonNull(providerId, "providerId");
    this.lastChecks = Map.copyOf(lastChecks);
  }

  /** A provider never checked: {@code unknown}. */
  public static AccessClosure start(ProviderId providerId) {
    return new AccessClosure(providerId, Map.of());
  }

  /**
   * Rebuilds a stored closure; for repositories only.
   *
   * @throws IllegalArgumentException if two checks are of the same mode
   */
  public static AccessClosure restore(ProviderId providerId, Collection<AccessCheck> lastChecks) {
    Map<ImportMode, AccessCheck> byMode = new EnumMap<>(ImportMode.class);
    for (AccessCheck check : lastChecks) {
      if (byMode.put(check.mode(), check) != null) {
        throw new IllegalArgumentException("two stored checks of mode " + check.mode());
      }
    }
    return new AccessClosure(providerId, byMode);
  }

  /** This closure with {@code check} as the last check of its mode. */
  public AccessClosure record(AccessCheck check) {
    Objects.requireNonNull(check, "check");
    Map<ImportMode, AccessCheck> byMode = new EnumMap<>(ImportMode.class);
    byMode.putAll(lastChecks);
    byMode.put(check.mode(), check);
    return new AccessClosure(providerId, byMode);
  }

  /** The status the last checks add up to. */
  public AccessStatus status() {
    return AccessStatus.combine(lastChecks.values());
  }

  public ProviderId providerId() {
    return providerId;
  }

  /** The last check of {@code mode}, or empty when it was never checked. */
  public Optional<AccessCheck> lastCheck(ImportMode mode) {
    return Optional.ofNullable(lastChecks.get(mode));
  }

  /** The last check of each checked mode, in mode order. */
  public List<AccessCheck> lastChecks() {
    return Arrays.stream(ImportMode.values())
        .map(lastChecks::get)
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "AccessClosure[" + providerId + " " + status().wireName() + "]";
  }
}
