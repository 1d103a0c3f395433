package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.FailureClass;
import java.util.Optional;

/**
 * Checks a user key's group binding before the gateway is asked: a key bound to another group (or
 * to none) cannot prove access to this provider, whatever the gateway answers.
 */
public final class KeyBinding {
  /** The manager's code for a key bound to another group. */
  public static final String MISMATCH = "KEY_GROUP_MISMATCH";

  /** The manager's code for a probe user or key that does not exist. */
  public static final String MISSING = "PROBE_KEY_MISSING";

  private KeyBinding() {}

  /** The failure when {@code key} is not bound to {@code groupId}, or empty when it is. */
  public static Optional<Verdict.Failed> mismatch(LiveUserKey key, long groupId) {
    if (key.groupId() == groupId) {
      return Optional.empty();
    }
    String bound = key.groupId() > 0 ? "group " + key.groupId() : "no group";
    return Optional.of(
        new Verdict.Failed(
            FailureClass.ACCESS_NOT_CLOSED,
            MISMATCH,
            "the key '" + key.name() + "' is bound to " + bound + ", not to group " + groupId));
  }

  /** The failure when there is no key to check with. */
  public static Verdict.Failed missing(String what) {
    return new Verdict.Failed(
        FailureClass.ACCESS_NOT_CLOSED,
        MISSING,
        what + ": close the access first (import apply), or pass a user key");
  }

  /** The failure when a working key is not among the keys bound to {@code groupId}. */
  public static Verdict.Failed notInGroup(long groupId) {
    return new Verdict.Failed(
        FailureClass.ACCESS_NOT_CLOSED,
        MISMATCH,
        "the key works on the host but is not bound to group " + groupId + " of this provider");
  }
}
