package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A user's API key as the host returns it. The host returns the full key; it is held as a {@link
 * Secret} in memory only and never stored.
 *
 * @param groupId the bound group, or 0 when the key has none
 * @param status {@code active} or {@code inactive}
 */
public record LiveUserKey(
    long id, long userId, String name, long groupId, String status, Secret key) {
  public LiveUserKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(key, "key");
  }

  /** The bound group, or empty when the key has none. */
  public OptionalLong group() {
    return groupId > 0 ? OptionalLong.of(groupId) : OptionalLong.empty();
  }
}
