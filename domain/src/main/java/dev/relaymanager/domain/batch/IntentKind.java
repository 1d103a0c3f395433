package dev.relaymanager.domain.batch;

import java.util.Locale;

/** The kind of host write an intent announces. */
public enum IntentKind {
  CREATE_GROUP(HostObjectKind.GROUP),
  UPDATE_GROUP(HostObjectKind.GROUP),
  DELETE_GROUP(HostObjectKind.GROUP),
  CREATE_CHANNEL(HostObjectKind.CHANNEL),
  UPDATE_CHANNEL(HostObjectKind.CHANNEL),
  DELETE_CHANNEL(HostObjectKind.CHANNEL),
  CREATE_ACCOUNT(HostObjectKind.ACCOUNT),
  UPDATE_ACCOUNT(HostObjectKind.ACCOUNT),
  PAUSE_ACCOUNT(HostObjectKind.ACCOUNT),
  TEST_ACCOUNT(HostObjectKind.ACCOUNT),
  DELETE_ACCOUNT(HostObjectKind.ACCOUNT),
  CREATE_USER_KEY(HostObjectKind.USER_KEY),
  /** The probe user's key found bound elsewhere and rebound to the group. */
  UPDATE_USER_KEY(HostObjectKind.USER_KEY),
  DELETE_USER_KEY(HostObjectKind.USER_KEY),
  CREATE_SUBSCRIPTION(HostObjectKind.SUBSCRIPTION),
  DELETE_SUBSCRIPTION(HostObjectKind.SUBSCRIPTION),
  CREATE_USER(HostObjectKind.USER),
  /** The group added to the probe user's allowed groups. */
  UPDATE_USER(HostObjectKind.USER),
  /** Balance added to the probe user; no object, so a rollback does not undo it. */
  TOP_UP_BALANCE(HostObjectKind.USER),
  DELETE_USER(HostObjectKind.USER);

  private final HostObjectKind object;

  IntentKind(HostObjectKind object) {
    this.object = object;
  }

  /** The kind of host object written. */
  public HostObjectKind object() {
    return object;
  }

  public boolean isCreate() {
    return name().startsWith("CREATE_");
  }

  public boolean isDelete() {
    return name().startsWith("DELETE_");
  }

  /** The stable name used in storage, e.g. {@code create_account}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
