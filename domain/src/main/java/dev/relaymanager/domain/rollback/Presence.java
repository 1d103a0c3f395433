package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveState;

/** Whether the host, as read back, still holds an object; a new kind of object adds its case. */
final class Presence {
  private Presence() {}

  static boolean isPresent(LiveState live, HostObjectRef ref) {
    switch (ref.kind()) {
      case GROUP:
        return live.groups().stream().anyMatch(g -> g.id() == ref.id());
      case CHANNEL:
        return live.channels().stream().anyMatch(c -> c.id() == ref.id());
      case ACCOUNT:
        return live.accounts().stream().anyMatch(a -> a.id() == ref.id());
      default:
        throw new AssertionError(ref.kind());
    }
  }
}
