package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.ImportMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether ordinary users can really use a provider (PRODUCT §4): a mode is ready only when the
 * smoke model is listed and a completion succeeds with a user key; {@code fully_ready} needs both
 * modes ready.
 */
public enum AccessStatus {
  /** Never checked. */
  UNKNOWN,
  /** Checked, and not even the model listing works. */
  BROKEN,
  /** The smoke model is listed, but the completion fails: never counted as ready. */
  MODELS_ONLY,
  SUBSCRIPTION_READY,
  SELF_SERVICE_READY,
  /** Both modes are ready. */
  FULLY_READY;

  /** The stable name used in output and storage, e.g. {@code models_only}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether at least one mode is ready. */
  public boolean isReady() {
    return this == SUBSCRIPTION_READY || this == SELF_SERVICE_READY || this == FULLY_READY;
  }

  /** The status of a ready check of {@code mode}. */
  public static AccessStatus readyIn(ImportMode mode) {
    return mode == ImportMode.SUBSCRIPTION ? SUBSCRIPTION_READY : SELF_SERVICE_READY;
  }

  /**
   * The provider's status from the last check of each mode: both ready gives {@code fully_ready},
   * one ready gives that mode's status, otherwise {@code models_only} if any check got that far,
   * else {@code broken}; no check gives {@code unknown}.
   */
  public static AccessStatus combine(Collection<AccessCheck> lastChecks) {
    if (lastChecks.isEmpty()) {
      return UNKNOWN;
    }
    Set<ImportMode> ready = EnumSet.noneOf(ImportMode.class);
    lastChecks.stream().filter(AccessCheck::isReady).forEach(c -> ready.add(c.mode()));
    if (ready.size() == ImportMode.values().length) {
      return FULLY_READY;
    }
    if (!ready.isEmpty()) {
      return readyIn(ready.iterator().next());
    }
    boolean listed = lastChecks.stream().anyMatch(c -> c.status() == MODELS_ONLY);
    return listed ? MODELS_ONLY : BROKEN;
  }
}
