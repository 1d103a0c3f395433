package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import java.util.List;
import java.util.Optional;

/**
 * What the application read from the host before planning: the groups and channels named like the
 * provider's, and the accounts whose name starts with the provider's stem; for a rollback also the
 * probe user's objects the batches hold (user, subscriptions, keys). The planner filters again, so
 * a wider read is harmless.
 */
public record LiveState(
    List<LiveGroup> groups,
    List<LiveChannel> channels,
    List<LiveAccount> accounts,
    List<LiveUser> users,
    List<LiveSubscription> subscriptions,
    List<LiveUserKey> userKeys) {
  public LiveState {
    groups = List.copyOf(groups);
    channels = List.copyOf(channels);
    accounts = List.copyOf(accounts);
    users = List.copyOf(users);
    subscriptions = List.copyOf(subscriptions);
    userKeys = List.copyOf(userKeys);
  }

  /** The provider's objects only, as the import planner and reconcile read them. */
  public LiveState(List<LiveGroup> groups, List<LiveChannel> channels, List<LiveAccount> accounts) {
    this(groups, channels, accounts, List.of(), List.of(), List.of());
  }

  /** A host holding none of the provider's objects. */
  public static LiveState empty() {
    return new LiveState(List.of(), List.of(), List.of());
  }

  /**
   * Whether the host, as read, holds object {@code id} of {@code kind}; revoked subscriptions do
   * not count.
   */
  public boolean holds(HostObjectKind kind, long id) {
    if (kind == HostObjectKind.SUBSCRIPTION) {
      return subscriptions.stream().anyMatch(s -> s.id() == id && !s.status().equals("revoked"));
    }
    return nameOf(kind, id).isPresent();
  }

  /** The name of object {@code id} of {@code kind} as read, or empty; subscriptions have none. */
  public Optional<String> nameOf(HostObjectKind kind, long id) {
    switch (kind) {
      case GROUP:
        return groups.stream().filter(g -> g.id() == id).map(LiveGroup::name).findFirst();
      case CHANNEL:
        return channels.stream().filter(c -> c.id() == id).map(LiveChannel::name).findFirst();
      case ACCOUNT:
        return accounts.stream().filter(a -> a.id() == id).map(LiveAccount::name).findFirst();
      case USER:
        return users.stream().filter(u -> u.id() == id).map(LiveUser::email).findFirst();
      case USER_KEY:
        return userKeys.stream().filter(k -> k.id() == id).map(LiveUserKey::name).findFirst();
      case SUBSCRIPTION:
        return Optional.empty();
      default:
        throw new AssertionError(kind);
    }
  }
}
