package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin session on one sub2api host over its HTTP admin API; holds a JWT in memory when the host
 * uses an admin login. Safe for use by several threads.
 */
public final class Sub2apiHostAdmin implements HostAdmin {
  private final HostId hostId;
  private final HostTransport transport;
  private final HostInspector inspector;
  private final HostGroups groups;
  private final HostAccounts accounts;
  private final HostChannels channels;

  Sub2apiHostAdmin(
      HostId hostId, HostTransport transport, AdminApi api, HostJson json, Clock clock) {
    this.hostId = Objects.requireNonNull(hostId, "hostId");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.inspector = new HostInspector(transport, api, json, clock);
    this.groups = new HostGroups(api, json);
    this.accounts = new HostAccounts(api, json, clock, transport.settings().accountTestTimeout());
    this.channels = new HostChannels(api, json);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Steps: {@code GET /health}; {@code GET /api/v1/admin/system/version} (timed); then the
   * probes of contract §3. The only writes are group and key creations that the host must refuse.
   */
  @Override
  public HostInspection inspect() {
    return inspector.inspect();
  }

  @Override
  public List<LiveGroup> findGroupsNamed(String name) {
    return groups.named(name);
  }

  @Override
  public List<LiveGroup> findGroupsNamedLike(String namePrefix) {
    return groups.namedLike(namePrefix);
  }

  @Override
  public Optional<LiveGroup> findGroup(long groupId) {
    return groups.find(groupId);
  }

  @Override
  public LiveGroup createGroup(GroupDraft draft) {
    return groups.create(draft);
  }

  @Override
  public LiveGroup updateGroup(long groupId, GroupDraft draft) {
    return groups.update(groupId, draft);
  }

  @Override
  public DeleteOutcome deleteGroup(long groupId) {
    return groups.delete(groupId);
  }

  @Override
  public List<LiveAccount> findAccountsNamedLike(String namePrefix) {
    return accounts.namedLike(namePrefix);
  }

  @Override
  public List<LiveAccount> listAccountsInGroup(long groupId) {
    return accounts.inGroup(groupId);
  }

  @Override
  public Optional<LiveAccount> findAccount(long accountId) {
    return accounts.find(accountId);
  }

  @Override
  public LiveAccount createAccount(AccountDraft draft, IdempotencyKey key) {
    return accounts.create(draft, key);
  }

  @Override
  public LiveAccount updateAccount(long accountId, AccountDraft draft) {
    return accounts.update(accountId, draft);
  }

  @Override
  public LiveAccount rebindAccount(long accountId, List<Long> groupIds) {
    return accounts.rebind(accountId, groupIds);
  }

  @Override
  public void setSchedulable(long accountId, boolean schedulable) {
    accounts.setSchedulable(accountId, schedulable);
  }

  @Override
  public AccountTestOutcome testAccount(long accountId, ModelId model) {
    return accounts.test(accountId, model);
  }

  @Override
  public DeleteOutcome deleteAccount(long accountId) {
    return accounts.delete(accountId);
  }

  @Override
  public List<LiveChannel> findChannelsNamed(String name) {
    return channels.named(name);
  }

  @Override
  public List<LiveChannel> findChannelsNamedLike(String namePrefix) {
    return channels.namedLike(namePrefix);
  }

  @Override
  public Optional<LiveChannel> findChannel(long channelId) {
    return channels.find(channelId);
  }

  @Override
  public LiveChannel createChannel(ChannelDraft draft) {
    return channels.create(draft);
  }

  @Override
  public LiveChannel updateChannel(long channelId, ChannelDraft draft) {
    return channels.update(channelId, draft);
  }

  @Override
  public DeleteOutcome deleteChannel(long channelId) {
    return channels.delete(channelId);
  }

  @Override
  public String toString() {
    return "Sub2apiHostAdmin[host=" + hostId.value() + ", url=" + transport.baseUrl() + "]";
  }
}
