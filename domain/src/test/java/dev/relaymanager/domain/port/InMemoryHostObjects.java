package dev.relaymanager.domain.port;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.ChannelPrice;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveChannelPrice;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** The objects of an in-memory host, as the host would return them. */
public final class InMemoryHostObjects {
  private final AtomicLong ids = new AtomicLong(100);
  private final Map<Long, LiveGroup> groups = new TreeMap<>();
  private final Map<Long, LiveAccount> accounts = new TreeMap<>();
  private final Map<Long, KeyFingerprint> accountKeys = new TreeMap<>();
  private final Map<Long, LiveChannel> channels = new TreeMap<>();

  long nextId() {
    return ids.incrementAndGet();
  }

  public synchronized List<LiveGroup> groups() {
    return new ArrayList<>(groups.values());
  }

  public synchronized List<LiveAccount> accounts() {
    return new ArrayList<>(accounts.values());
  }

  public synchronized List<LiveChannel> channels() {
    return new ArrayList<>(channels.values());
  }

  synchronized Optional<LiveGroup> group(long id) {
    return Optional.ofNullable(groups.get(id));
  }

  synchronized Optional<LiveAccount> account(long id) {
    return Optional.ofNullable(accounts.get(id));
  }

  synchronized Optional<LiveChannel> channel(long id) {
    return Optional.ofNullable(channels.get(id));
  }

  /** Replaces a stored group as a hand edit on the host would. */
  public synchronized void replaceGroup(LiveGroup group) {
    groups.put(group.id(), group);
  }

  /** Replaces a stored account as a hand edit on the host would. */
  public synchronized void replaceAccount(LiveAccount account) {
    accounts.put(account.id(), account);
  }

  /** Replaces a stored channel as a hand edit on the host would. */
  public synchronized void replaceChannel(LiveChannel channel) {
    channels.put(channel.id(), channel);
  }

  synchronized LiveGroup putGroup(long id, GroupDraft draft) {
    LiveGroup group =
        new LiveGroup(
            id,
            draft.name(),
            draft.description(),
            draft.platform().wireName(),
            draft.type().wireName(),
            // The host stores a float: 1.50 reads back as 1.5.
            draft.rateMultiplier().stripTrailingZeros(),
            draft.exclusive(),
            "active",
            draft.limitsUsd());
    groups.put(id, group);
    return group;
  }

  synchronized LiveAccount putAccount(long id, AccountDraft draft) {
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((k, v) -> mapping.put(k.value(), v.value()));
    LiveAccount account =
        new LiveAccount(
            id,
            draft.name(),
            draft.notes(),
            draft.platform().wireName(),
            "apikey",
            draft.baseUrl().value(),
            mapping,
            draft.responsesMode(),
            draft.concurrency(),
            draft.priority(),
            "active",
            true,
            "",
            "",
            false,
            draft.groupIds());
    accounts.put(id, account);
    accountKeys.put(id, draft.fingerprint());
    return account;
  }

  synchronized LiveAccount rebindAccount(long id, List<Long> groupIds) {
    LiveAccount a = account(id).orElseThrow(() -> new NotFoundException("account", "" + id));
    LiveAccount rebound = a.withGroupIds(groupIds);
    accounts.put(id, rebound);
    return rebound;
  }

  synchronized void setSchedulable(long id, boolean schedulable) {
    LiveAccount a = account(id).orElseThrow(() -> new NotFoundException("account", "" + id));
    accounts.put(id, a.withSchedulable(schedulable));
  }

  synchronized KeyFingerprint fingerprintOf(long accountId) {
    KeyFingerprint key = accountKeys.get(accountId);
    if (key == null) {
      throw new NotFoundException("account", "" + accountId);
    }
    return key;
  }

  synchronized LiveChannel putChannel(long id, ChannelDraft draft) {
    for (LiveChannel other : channels.values()) {
      if (other.id() != id && other.groupIds().stream().anyMatch(draft.groupIds()::contains)) {
        throw new ConflictException("GROUP_ALREADY_IN_CHANNEL: a group is in another channel");
      }
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((k, v) -> mapping.put(k.value(), v.value()));
    LiveChannel channel =
        new LiveChannel(
            id,
            draft.name(),
            draft.description(),
            "active",
            draft.groupIds(),
            draft.pricing().stream().map(p -> livePrice(draft, p)).collect(Collectors.toList()),
            // An empty mapping is sent and stored as {}, not {"openai":{}}.
            mapping.isEmpty() ? Map.of() : Map.of(draft.platform().wireName(), mapping),
            draft.billingModelSource().wireName(),
            draft.restrictModels(),
            "2026-11-21T12:00:00Z");
    channels.put(id, channel);
    return channel;
  }

  synchronized DeleteOutcome removeGroup(long id) {
    if (groups.remove(id) == null) {
      return DeleteOutcome.ALREADY_GONE;
    }
    accounts.replaceAll((accountId, a) -> a.groupIds().contains(id) ? rebindWithout(a, id) : a);
    return DeleteOutcome.DELETED;
  }

  synchronized DeleteOutcome removeAccount(long id) {
    accountKeys.remove(id);
    return accounts.remove(id) == null ? DeleteOutcome.ALREADY_GONE : DeleteOutcome.DELETED;
  }

  synchronized DeleteOutcome removeChannel(long id) {
    return channels.remove(id) == null ? DeleteOutcome.ALREADY_GONE : DeleteOutcome.DELETED;
  }

  private static LiveAccount rebindWithout(LiveAccount a, long groupId) {
    List<Long> remaining = new ArrayList<>(a.groupIds());
    remaining.remove(groupId);
    return a.withGroupIds(remaining);
  }

  private static LiveChannelPrice livePrice(ChannelDraft draft, ChannelPrice price) {
    return new LiveChannelPrice(
        draft.platform().wireName(),
        price.models().stream().map(ModelId::value).collect(Collectors.toList()),
        "token",
        price.usdPerToken());
  }
}
