package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.reconcile.RecordedProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Reads what a reconcile compares: every recorded object by id (a renamed one is still found),
 * plus, for a provider, the objects named like its own, or, for a host, every object bearing the
 * prefix (all pages walked by the port).
 */
final class LiveReader {
  private LiveReader() {}

  static LiveState ofProvider(HostAdmin admin, RecordedProvider recorded) {
    ManagedNames names = recorded.names();
    List<LiveGroup> groups = new ArrayList<>();
    for (ImportMode mode : ImportMode.values()) {
      groups.addAll(admin.findGroupsNamed(names.group(mode)));
    }
    List<LiveChannel> channels = new ArrayList<>(admin.findChannelsNamed(names.channel()));
    List<LiveAccount> accounts = new ArrayList<>(admin.findAccountsNamedLike(names.stem() + "-"));
    return withRecorded(admin, List.of(recorded), new LiveState(groups, channels, accounts));
  }

  static LiveState ofHost(HostAdmin admin, ResourcePrefix prefix, List<RecordedProvider> all) {
    LiveState named =
        new LiveState(
            admin.findGroupsNamedLike(prefix.value()),
            admin.findChannelsNamedLike(prefix.value()),
            admin.findAccountsNamedLike(prefix.value()));
    return withRecorded(admin, all, named);
  }

  private static LiveState withRecorded(
      HostAdmin admin, List<RecordedProvider> recorded, LiveState named) {
    List<LiveGroup> groups = new ArrayList<>(named.groups());
    List<LiveChannel> channels = new ArrayList<>(named.channels());
    List<LiveAccount> accounts = new ArrayList<>(named.accounts());
    for (RecordedProvider each : recorded) {
      Provider provider = each.provider();
      provider.groupIds().values().forEach(id -> add(groups, admin.findGroup(id)));
      provider.channelId().ifPresent(id -> add(channels, admin.findChannel(id)));
      provider.accountIds().values().forEach(id -> add(accounts, admin.findAccount(id)));
    }
    return new LiveState(
        distinct(groups, LiveGroup::id),
        distinct(channels, LiveChannel::id),
        distinct(accounts, LiveAccount::id));
  }

  private static <T> void add(List<T> into, Optional<T> found) {
    found.ifPresent(into::add);
  }

  private static <T> List<T> distinct(List<T> all, ToLongFunction<T> idOf) {
    Map<Long, T> byId = new LinkedHashMap<>();
    all.forEach(item -> byId.putIfAbsent(idOf.applyAsLong(item), item));
    return List.copyOf(byId.values());
  }
}
