package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import java.util.List;

/**
 * What the application read from the host before planning: the groups and channels named like the
 * provider's, and the accounts whose name starts with the provider's stem. The planner filters
 * again, so a wider read is harmless.
 */
public record LiveState(
    List<LiveGroup> groups, List<LiveChannel> channels, List<LiveAccount> accounts) {
  public LiveState {
    groups = List.copyOf(groups);
    channels = List.copyOf(channels);
    accounts = List.copyOf(accounts);
  }

  /** A host holding none of the provider's objects. */
  public static LiveState empty() {
    return new LiveState(List.of(), List.of(), List.of());
  }
}
