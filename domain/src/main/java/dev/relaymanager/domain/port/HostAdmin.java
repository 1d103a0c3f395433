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
import java.util.List;
import java.util.Optional;

/**
 * The admin API of one sub2api host, as the manager needs it. Every method may throw {@link
 * dev.relaymanager.domain.shared.HostUnreachableException} (transport failure or timeout) and
 * {@link dev.relaymanager.domain.shared.HostRejectedException} (credentials refused, compliance
 * acknowledgement pending, request refused). Lists walk every page. Soft-deleted objects are never
 * returned.
 */
public interface HostAdmin {
  /**
   * Checks liveness and the admin credentials, then detects capabilities route by route (contract
   * §3). Never creates anything on the host.
   */
  HostInspection inspect();

  /** The groups whose name is exactly {@code name}; empty when there is none. */
  List<LiveGroup> findGroupsNamed(String name);

  /**
   * The groups whose name starts with {@code namePrefix}, every page walked (the host's search is a
   * substring match; the rest is filtered here); empty when there is none.
   */
  List<LiveGroup> findGroupsNamedLike(String namePrefix);

  /** The group with this id, or empty when the host has none (404). */
  Optional<LiveGroup> findGroup(long groupId);

  /**
   * Creates a group with every field of {@code draft} explicit.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if the name is taken (GROUP_EXISTS)
   */
  LiveGroup createGroup(GroupDraft draft);

  /** Sends every field of {@code draft}, limits included (older hosts clear omitted limits). */
  LiveGroup updateGroup(long groupId, GroupDraft draft);

  /** Soft-deletes the group (the host cascades to subscriptions and key bindings). */
  DeleteOutcome deleteGroup(long groupId);

  /**
   * The accounts whose name starts with {@code namePrefix} (the host's search is a substring match;
   * the rest is filtered here); empty when there is none.
   */
  List<LiveAccount> findAccountsNamedLike(String namePrefix);

  /** The accounts bound to the group; empty when there is none. */
  List<LiveAccount> listAccountsInGroup(long groupId);

  /** The account with this id, or empty when the host has none. */
  Optional<LiveAccount> findAccount(long accountId);

  /**
   * Creates the account with {@code Idempotency-Key: key}; a replay returns the first answer, and
   * reusing a key for a different draft is a {@link
   * dev.relaymanager.domain.shared.ConflictException}. Account names are not unique on the host:
   * callers look before they create.
   */
  LiveAccount createAccount(AccountDraft draft, IdempotencyKey key);

  /** Replaces the account's settings with {@code draft}: full credentials and group bindings. */
  LiveAccount updateAccount(long accountId, AccountDraft draft);

  /** Replaces only the account's group bindings (no key needed). */
  LiveAccount rebindAccount(long accountId, List<Long> groupIds);

  /** Pauses or resumes scheduling of the account. */
  void setSchedulable(long accountId, boolean schedulable);

  /**
   * Runs the host's account test with {@code model} (contract §6) and reads the stream to its end.
   * A failing test is an outcome, not an exception.
   */
  AccountTestOutcome testAccount(long accountId, ModelId model);

  /**
   * Soft-deletes the account; an id the host does not have is {@code ALREADY_GONE}, even where the
   * host itself answers 200 for it.
   */
  DeleteOutcome deleteAccount(long accountId);

  /** The channels whose name is exactly {@code name}; empty when there is none or no channels. */
  List<LiveChannel> findChannelsNamed(String name);

  /**
   * The channels whose name starts with {@code namePrefix}, every page walked (the host's search is
   * a substring match; the rest is filtered here); empty when there is none or no channels.
   */
  List<LiveChannel> findChannelsNamedLike(String namePrefix);

  /** The channel with this id, or empty when the host has none. */
  Optional<LiveChannel> findChannel(long channelId);

  /**
   * Creates the channel.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if the name is taken or a group is
   *     already in another channel
   */
  LiveChannel createChannel(ChannelDraft draft);

  /** Replaces the channel's groups, pricing, mapping, billing source and restriction. */
  LiveChannel updateChannel(long channelId, ChannelDraft draft);

  /** Deletes the channel; on a host without channels it is {@code ALREADY_GONE}. */
  DeleteOutcome deleteChannel(long channelId);
}
