package dev.relaymanager.domain.batch;

import java.util.Locale;

/**
 * The host objects an import writes, in the order a rollback deletes them (contract §13): the probe
 * user's key, its subscriptions, the channel, the accounts, the group, and last the probe user.
 */
public enum HostObjectKind {
  USER_KEY,
  SUBSCRIPTION,
  CHANNEL,
  ACCOUNT,
  GROUP,
  USER;

  /**
   * Whether the object belongs to the host's probe user, written by the access step through the
   * users API rather than recorded on the provider.
   */
  public boolean isUserSide() {
    return this == USER_KEY || this == SUBSCRIPTION || this == USER;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
