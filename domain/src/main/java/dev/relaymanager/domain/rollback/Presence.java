package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveState;

/** Whether the host, as read back, still holds an object. */
final class Presence {
  private Presence() {}

  static boolean isPresent(LiveState live, HostObjectRef ref) {
    return live.holds(ref.kind(), ref.id());
  }
}
