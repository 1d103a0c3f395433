package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Marker;

/**
 * The deterministic texts of access closure on a host: the probe user's key name per provider and
 * mode ({@code rm-cn-core-deepseek-sub-probe}), the probe user's notes and the notes of the
 * subscriptions the manager assigns. They hold no batch, so every re-run sends the same text (the
 * host treats different subscription notes as a conflict, findings §7).
 */
public final class ProbeNames {
  /** The notes of a probe user the manager created. */
  public static final String USER_NOTES = Marker.TAG + " role=probe-user";

  private ProbeNames() {}

  /**
   * The name of the probe user's key for {@code mode}: the mode's group name plus {@code -probe}.
   */
  public static String keyName(ManagedNames names, ImportMode mode) {
    return names.group(mode) + "-probe";
  }

  /** The notes of every subscription of this provider's group that the manager assigns. */
  public static String subscriptionNotes(ManagedNames names) {
    return Marker.TAG + " access=" + names.group(ImportMode.SUBSCRIPTION);
  }

  /** The notes of a balance top-up for this provider. */
  public static String balanceNotes(ManagedNames names) {
    return Marker.TAG + " access=" + names.group(ImportMode.SELF_SERVICE);
  }
}
