package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.UpstreamErrorClassifier;
import dev.relaymanager.domain.access.UpstreamFailure;
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
  private final Map<String, Replay> byIdempotencyKey = new ConcurrentHashMap<>();
  private final Map<KeyFingerprint, AccountTestOutcome> testOutcomes = new ConcurrentHashMap<>();
  private volatile RuntimeException failure;
  private volatile boolean channelsDropped;

  InMemoryHostAdmin(Supplier<HostInspection> inspection) {
    this.inspection = inspection;
  }

  /** The objects on this host, for arranging drift and asserting results. */
  public InMemoryHostObjects objects() {
    return objects;
  }

  /**
   * The account test of accounts with this key answers {@code outcome} (default: passed, naming the
   * upstream model the account's mapping chose).
   */
  public void scriptTest(KeyFingerprint key, AccountTestOutcome outcome) {
    testOutcomes.put(key, outcome);
  }

  /**
   * The provider answers this key with {@code status} and {@code body}: the account test fails the
   * way the host reports it ({@code API returned <status>: <body>}, contract §6).
   */
  public void providerAnswers(KeyFingerprint key, int status, String body) {
    UpstreamFailure failure =
        UpstreamErrorClassifier.classify("API returned " + status + ": " + body);
    scriptTest(
        key,
        new AccountTestOutcome.Failed(
            failure.failureClass(), failure.upstreamStatus(), failure.message()));
  }

  /** From now on the host is an older build without channels: none found, none to delete. */
  public void dropChannels() {
    channelsDropped = true;
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
  public List<LiveGroup> findGroupsNamedLike(String namePrefix) {
    check();
    return objects.groups().stream()
        .filter(g -> g.name().startsWith(namePrefix))
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

  /**
   * A replay with the same body returns the first answer; the same key with another body is the
   * host's 409 {@code IDEMPOTENCY_KEY_CONFLICT} (contract §1.4).
   */
  @Override
  public LiveAccount createAccount(AccountDraft draft, IdempotencyKey key) {
    check();
    List<Object> body = Replay.bodyOf(draft);
    Replay replay =
        byIdempotencyKey.computeIfAbsent(
            key.value(), k -> new Replay(body, objects.putAccount(objects.nextId(), draft)));
    if (!replay.body().equals(body)) {
      throw new ConflictException("IDEMPOTENCY_KEY_CONFLICT: the key was used for another body");
    }
    return replay.answer();
  }

  /** The first answer to an idempotency key and the body it was for (the key as fingerprint). */
  private record Replay(List<Object> body, LiveAccount answer) {
    static List<Object> bodyOf(AccountDraft d) {
      return List.of(
          d.name(),
          d.notes(),
          d.platform(),
          d.fingerprint(),
          d.baseUrl(),
          d.modelMapping(),
          d.responsesMode(),
          d.concurrency(),
          d.priority(),
          d.rateMultiplier(),
          d.groupIds());
    }
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
    String upstream =
        objects
            .account(accountId)
            .map(a -> a.modelMapping().getOrDefault(model.value(), model.value()))
            .orElse(model.value());
    return testOutcomes.getOrDefault(key, new AccountTestOutcome.Passed(upstream));
  }

  @Override
  public DeleteOutcome deleteAccount(long accountId) {
    check();
    return objects.removeAccount(accountId);
  }

  @Override
  public List<LiveChannel> findChannelsNamed(String name) {
    check();
    if (channelsDropped) {
      return List.of();
    }
    return objects.channels().stream()
        .filter(c -> c.name().equals(name))
        .collect(Collectors.toList());
  }

  @Override
  public List<LiveChannel> findChannelsNamedLike(String namePrefix) {
    check();
    if (channelsDropped) {
      return List.of();
    }
    return objects.channels().stream()
        .filter(c -> c.name().startsWith(namePrefix))
        .collect(Collectors.toList());
  }

  @Override
  public Optional<LiveChannel> findChannel(long channelId) {
    check();
    return channelsDropped ? Optional.empty() : objects.channel(channelId);
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
    return channelsDropped ? DeleteOutcome.ALREADY_GONE : objects.removeChannel(channelId);
  }

  private void check() {
    RuntimeException error = failure;
    if (error != null) {
      throw error;
    }
  }
}
