package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A {@link HostAdmin} over in-memory objects with the host's rules that matter to the manager:
 * unique group and channel names, one channel per group, non-unique account names, idempotent
 * account creation, replace semantics, deletes that report an object already gone.
 */
public final class InMemoryHostAdmin implements HostAdmin {
  private final Supplier<HostInspection> inspection;
  private final InMemoryHostObjects objects = new InMemoryHostObjects();
  private final Map<String, LiveAccount> byIdempotencyKey = new ConcurrentHashMap<>();
  private final Map<KeyFingerprint, AccountTestOutcome> testOutcomes = new ConcurrentHashMap<>();
  private volatile RuntimeException failure;

  InMemoryHostAdmin(Supplier<HostInspection> inspection) {
    this.inspection = inspection;
  }

  /** The objects on this host, for arranging drift and asserting results. */
  public InMemoryHostObjects objects() {
    return objects;
  }

  /** The account test of accounts with this key answers {@code outcome} (default: passed). */
  public void scriptTest(KeyFingerprint key, AccountTestOutcome outcome) {
    testOutcomes.put(key, outcome);
  }

  void failEveryCallWith(RuntimeException error) {
    this.failure = error;
  }

  @Override
  public HostInspection inspect() {
    return inspection.get();
  }

  @Override
  public List<LiveGroup> findGroupsNamed(String name) {
    check();
    return objects.groups().stream()
        .filter(g -> g.name().equals(name))
        .collect(Collectors.toList());
  }

  @Override
  public Optional<LiveGroup> findGroup(long groupId) {
    check();
    return objects.group(groupId);
  }

  @Override
  public LiveGroup createGroup(GroupDraft draft) {
    check();
    if (!findGroupsNamed(draft.name()).isEmpty()) {
      throw new ConflictException("GROUP_EXISTS: group name already exists");
    }
    return objects.putGroup(objects.nextId(), draft);
  }

  @Override
  public LiveGroup updateGroup(long groupId, GroupDraft draft) {
    check();
    objects.group(groupId).orElseThrow(() -> new NotFoundException("group", "" + groupId));
    return objects.putGroup(groupId, draft);
  }

  @Override
  public DeleteOutcome deleteGroup(long groupId) {
    check();
    return objects.removeGroup(groupId);
  }

  @Override
  public List<LiveAccount> findAccountsNamedLike(String namePrefix) {
    check();
    return objects.accounts().stream()
        .filter(a -> a.name().startsWith(namePrefix))
        .collect(Collectors.toList());
  }

  @Override
  public List<LiveAccount> listAccountsInGroup(long groupId) {
    check();
    return objects.accounts().stream()
        .filter(a -> a.groupIds().contains(groupId))
        .collect(Collectors.toList());
  }

  @Override
  public Optional<LiveAccount> findAccount(long accountId) {
    check();
    return objects.account(accountId);
  }

  @Override
  public LiveAccount createAccount(AccountDraft draft, IdempotencyKey key) {
    check();
    return byIdempotencyKey.computeIfAbsent(
        key.value(), k -> objects.putAccount(objects.nextId(), draft));
  }

  @Override
  public LiveAccount updateAccount(long accountId, AccountDraft draft) {
    check();
    objects.account(accountId).orElseThrow(() -> new NotFoundException("account", "" + accountId));
    return objects.putAccount(accountId, draft);
  }

  @Override
  public LiveAccount rebindAccount(long accountId, List<Long> groupIds) {
    check();
    return objects.rebindAccount(accountId, groupIds);
  }

  @Override
  public void setSchedulable(long accountId, boolean schedulable) {
    check();
    objects.setSchedulable(accountId, schedulable);
  }

  @Override
  public AccountTestOutcome testAccount(long accountId, ModelId model) {
    check();
    KeyFingerprint key = objects.fingerprintOf(accountId);
    return testOutcomes.getOrDefault(key, new AccountTestOutcome.Passed(model.value()));
  }

  @Override
  public DeleteOutcome deleteAccount(long accountId) {
    check();
    return objects.removeAccount(accountId);
  }

  @Override
  public List<LiveChannel> findChannelsNamed(String name) {
    check();
    return objects.channels().stream()
        .filter(c -> c.name().equals(name))
        .collect(Collectors.toList());
  }

  @Override
  public Optional<LiveChannel> findChannel(long channelId) {
    check();
    return objects.channel(channelId);
  }

  @Override
  public LiveChannel createChannel(ChannelDraft draft) {
    check();
    if (!findChannelsNamed(draft.name()).isEmpty()) {
      throw new ConflictException("CHANNEL_EXISTS: channel name already exists");
    }
    return objects.putChannel(objects.nextId(), draft);
  }

  @Override
  public LiveChannel updateChannel(long channelId, ChannelDraft draft) {
    check();
    objects.channel(channelId).orElseThrow(() -> new NotFoundException("channel", "" + channelId));
    return objects.putChannel(channelId, draft);
  }

  @Override
  public DeleteOutcome deleteChannel(long channelId) {
    check();
    return objects.removeChannel(channelId);
  }

  private void check() {
    RuntimeException error = failure;
    if (error != null) {
      throw error;
    }
  }
}
