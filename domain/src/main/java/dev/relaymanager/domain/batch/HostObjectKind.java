package dev.relaymanager.domain.batch;

import java.util.Locale;

/** The host objects an import writes, in the order a rollback deletes them (contract §13). */
public enum HostObjectKind {
  CHANNEL,
  ACCOUNT,
  GROUP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
