package dev.relaymanager.application.access;

import java.util.List;
import java.util.Objects;

/**
 * What closing one mode's access did, printable: the probe user and group on the host, the key's
 * name and short fingerprint (never the key), and the steps taken in order.
 */
public record AccessSetup(
    String provider,
    String mode,
    long userId,
    long groupId,
    String keyName,
    String keyFingerprint,
    List<String> actions) {
  public AccessSetup {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(keyFingerprint, "keyFingerprint");
    actions = List.copyOf(actions);
  }
}
