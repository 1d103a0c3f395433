package dev.relaymanager.domain.provider;

import java.util.Locale;

/** The host's {@code subscription_type} of a group. */
public enum GroupType {
  /** Users pay from their balance. */
  STANDARD,
  /** Users need an active subscription of the group. */
  SUBSCRIPTION;

  /** The host's value, e.g. {@code subscription}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The group type that serves {@code mode}. */
  public static GroupType servingMode(ImportMode mode) {
    return mode == ImportMode.SUBSCRIPTION ? SUBSCRIPTION : STANDARD;
  }
}
