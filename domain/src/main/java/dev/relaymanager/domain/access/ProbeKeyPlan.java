package dev.relaymanager.domain.access;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do about the probe user's key for one provider and mode: use the key with the
 * deterministic name when it is bound to the group, rebind it when it is not, or create one.
 */
public sealed interface ProbeKeyPlan {
  /** The plan for a key called {@code name} that must be bound to {@code groupId}. */
  static ProbeKeyPlan choose(List<LiveUserKey> userKeys, String name, long groupId) {
    return find(userKeys, name, groupId)
        .<ProbeKeyPlan>map(k -> k.groupId() == groupId ? new Use(k) : new Rebind(k))
        .orElseGet(() -> new Create(name));
  }

  /**
   * The key called {@code name}, preferring one bound to {@code groupId}, then the oldest; empty
   * when there is none.
   */
  static Optional<LiveUserKey> find(List<LiveUserKey> userKeys, String name, long groupId) {
    return userKeys.stream()
        .filter(k -> k.name().equals(name))
        .min(
            Comparator.comparing((LiveUserKey k) -> k.groupId() != groupId)
                .thenComparing(LiveUserKey::id));
  }

  /** The key exists and is bound to the group. */
  record Use(LiveUserKey key) implements ProbeKeyPlan {
    public Use {
      Objects.requireNonNull(key, "key");
    }
  }

  /** The key exists but is bound elsewhere or nowhere: rebind it through the admin API. */
  record Rebind(LiveUserKey key) implements ProbeKeyPlan {
    public Rebind {
      Objects.requireNonNull(key, "key");
    }
  }

  /** No key of that name: create it as the user, bound to the group. */
  record Create(String name) implements ProbeKeyPlan {
    public Create {
      Objects.requireNonNull(name, "name");
    }
  }
}
