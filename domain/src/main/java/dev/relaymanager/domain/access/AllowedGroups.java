package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.LiveGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a user must be granted a standard group before a key can be bound to it (contract §9.3):
 * an exclusive group needs a grant, and so does any group once the user's list is not empty (the
 * host then allows only the listed groups).
 */
public final class AllowedGroups {
  private AllowedGroups() {}

  /** The user's new list of allowed groups, or empty when {@code group} is usable already. */
  public static Optional<List<Long>> grant(LiveUser user, LiveGroup group) {
    List<Long> allowed = user.allowedGroups();
    boolean restricted = group.exclusive() || !allowed.isEmpty();
    if (!restricted || allowed.contains(group.id())) {
      return Optional.empty();
    }
    List<Long> granted = new ArrayList<>(allowed);
    granted.add(group.id());
    return Optional.of(List.copyOf(granted));
  }
}
