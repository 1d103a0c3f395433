package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.access.UserDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The admin API of one host for ordinary users: users, balance, subscriptions and keys (contract
 * §9). Throws like {@link HostAdmin}. Lists walk every page; soft-deleted objects are never
 * returned.
 */
public interface HostUsers {
  /** The user with exactly this email (case-insensitive), or empty. */
  Optional<LiveUser> findUserByEmail(String email);

  /**
   * Creates an ordinary user.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if the email is taken (EMAIL_EXISTS)
   */
  LiveUser createUser(UserDraft draft);

  /** Adds {@code amountUsd} (> 0) to the balance with {@code Idempotency-Key: key}. */
  LiveUser addBalance(long userId, BigDecimal amountUsd, String notes, IdempotencyKey key);

  /** Replaces the exclusive groups the user may bind keys to. */
  LiveUser setAllowedGroups(long userId, List<Long> groupIds);

  /** The user's subscriptions of the group, any status; empty when none. */
  List<LiveSubscription> findSubscriptions(long userId, long groupId);

  /**
   * Assigns (or, where the host reuses, renews) the group's subscription to the user.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if the host refuses a re-assignment
   *     (SUBSCRIPTION_ALREADY_EXISTS, SUBSCRIPTION_ASSIGN_CONFLICT)
   */
  LiveSubscription assignSubscription(long userId, long groupId, int validityDays, String notes);

  /** Assigns the group's subscription to every user; a partial failure is reported per user. */
  List<SubscriptionAssignment> bulkAssignSubscriptions(
      List<Long> userIds, long groupId, int validityDays, String notes);

  /** Revokes the subscription. */
  DeleteOutcome revokeSubscription(long subscriptionId);

  /** The user's keys with their full secrets (admin read); empty when none. */
  List<LiveUserKey> listUserKeys(long userId);

  /**
   * The keys bound to the group, of every user, with their full secrets (admin read); empty when
   * none.
   */
  List<LiveUserKey> listGroupKeys(long groupId);

  /** Binds the key to the group (admin rebind); an exclusive group is granted to the user. */
  LiveUserKey rebindUserKey(long keyId, long groupId);

  /** Soft-deletes the user. */
  DeleteOutcome deleteUser(long userId);
}
