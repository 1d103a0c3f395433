package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.access.UserDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The users side of an in-memory host (contract §9): users with balance and allowed groups,
 * subscriptions that are reused (and renewed when expired), keys with generated {@code sk-} secrets
 * bound by the host's rules, using the groups of {@link InMemoryHostObjects}.
 */
public final class InMemoryHostUsers implements HostUsers {
  private final InMemoryHostObjects groups;
  private final AtomicLong ids = new AtomicLong(500);
  private final Map<Long, LiveUser> users = new TreeMap<>();
  private final Map<Long, Secret> passwords = new HashMap<>();
  private final InMemoryHostSubscriptions subscriptions = new InMemoryHostSubscriptions(ids);
  private final Map<Long, LiveUserKey> keys = new TreeMap<>();
  private final Map<String, LiveUser> balanceReplies = new HashMap<>();
  private final List<BigDecimal> balanceAdds = new ArrayList<>();
  private int usersCreated;

  InMemoryHostUsers(InMemoryHostObjects groups) {
    this.groups = groups;
  }

  /** Arranges a user that exists on the host already (not created by the code under test). */
  public synchronized LiveUser addUser(String email, String password, BigDecimal balance) {
    LiveUser user =
        new LiveUser(ids.incrementAndGet(), email, "active", balance, List.of(), "by hand");
    users.put(user.id(), user);
    passwords.put(user.id(), Secret.of(password));
    return user;
  }

  /** Arranges a key of {@code userId} bound to {@code groupId} (0: none). */
  public synchronized LiveUserKey addKey(long userId, String name, long groupId) {
    long id = ids.incrementAndGet();
    LiveUserKey key =
        new LiveUserKey(id, userId, name, groupId, "active", Secret.of("sk-fake-" + id + "-x"));
    keys.put(id, key);
    return key;
  }

  /** Arranges a subscription in {@code status} (e.g. {@code expired}). */
  public synchronized LiveSubscription addSubscription(long userId, long groupId, String status) {
    return subscriptions.add(userId, groupId, status);
  }

  /** Every later assignment of a subscription to {@code userId} fails with {@code reason}. */
  public synchronized void refuseAssignmentsTo(long userId, String reason) {
    subscriptions.refuseAssignmentsTo(userId, reason);
  }

  public synchronized List<LiveUser> users() {
    return new ArrayList<>(users.values());
  }

  public synchronized int usersCreated() {
    return usersCreated;
  }

  /** The amounts added to balances, in order (replays of an Idempotency-Key not counted). */
  public synchronized List<BigDecimal> balanceAdds() {
    return List.copyOf(balanceAdds);
  }

  public synchronized List<LiveSubscription> subscriptions() {
    return subscriptions.all();
  }

  /** Whether {@code password} is the password of the user with {@code email}. */
  synchronized Optional<LiveUser> authenticate(String email, Secret password) {
    return findUserByEmail(email).filter(u -> passwords.get(u.id()).sameAs(password));
  }

  @Override
  public synchronized Optional<LiveUser> findUserByEmail(String email) {
    return users.values().stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
  }

  @Override
  public synchronized LiveUser createUser(UserDraft draft) {
    if (findUserByEmail(draft.email()).isPresent()) {
      throw new ConflictException("EMAIL_EXISTS");
    }
    LiveUser user =
        new LiveUser(
            ids.incrementAndGet(),
            draft.email(),
            "active",
            BigDecimal.ZERO,
            List.of(),
            draft.notes());
    users.put(user.id(), user);
    passwords.put(user.id(), draft.password());
    usersCreated++;
    return user;
  }

  @Override
  public synchronized LiveUser addBalance(
      long userId, BigDecimal amountUsd, String notes, IdempotencyKey key) {
    LiveUser replay = balanceReplies.get(key.value());
    if (replay != null) {
      return replay;
    }
    LiveUser user = user(userId);
    LiveUser raised =
        new LiveUser(
            user.id(),
            user.email(),
            user.status(),
            user.balance().add(amountUsd),
            user.allowedGroups(),
            user.notes());
    users.put(userId, raised);
    balanceReplies.put(key.value(), raised);
    balanceAdds.add(amountUsd);
    return raised;
  }

  @Override
  public synchronized LiveUser setAllowedGroups(long userId, List<Long> groupIds) {
    LiveUser user = user(userId);
    LiveUser changed =
        new LiveUser(
            user.id(), user.email(), user.status(), user.balance(), groupIds, user.notes());
    users.put(userId, changed);
    return changed;
  }

  @Override
  public synchronized List<LiveSubscription> findSubscriptions(long userId, long groupId) {
    return subscriptions.find(userId, groupId);
  }

  @Override
  public synchronized LiveSubscription assignSubscription(
      long userId, long groupId, int validityDays, String notes) {
    return subscriptions.assign(userId, groupId, notes);
  }

  @Override
  public synchronized List<SubscriptionAssignment> bulkAssignSubscriptions(
      List<Long> userIds, long groupId, int validityDays, String notes) {
    return subscriptions.bulkAssign(userIds, groupId, notes, users::containsKey);
  }

  @Override
  public synchronized DeleteOutcome revokeSubscription(long subscriptionId) {
    return subscriptions.revoke(subscriptionId);
  }

  @Override
  public synchronized List<LiveUserKey> listUserKeys(long userId) {
    return keys.values().stream().filter(k -> k.userId() == userId).collect(Collectors.toList());
  }

  @Override
  public synchronized List<LiveUserKey> listGroupKeys(long groupId) {
    return keys.values().stream().filter(k -> k.groupId() == groupId).collect(Collectors.toList());
  }

  @Override
  public synchronized LiveUserKey rebindUserKey(long keyId, long groupId) {
    LiveUserKey key = keys.get(keyId);
    LiveGroup group = groups.group(groupId).orElseThrow(() -> refused("GROUP_NOT_ACTIVE"));
    if (group.subscriptionType().equals("subscription")
        && !subscriptions.hasActive(key.userId(), groupId)) {
      throw refused("SUBSCRIPTION_REQUIRED");
    }
    LiveUser user = user(key.userId());
    if (group.exclusive() && !user.allowedGroups().contains(groupId)) {
      List<Long> granted = new ArrayList<>(user.allowedGroups());
      granted.add(groupId);
      setAllowedGroups(user.id(), granted);
    }
    return putKey(key.id(), key.userId(), key.name(), groupId);
  }

  @Override
  public synchronized DeleteOutcome deleteUser(long userId) {
    return users.remove(userId) != null ? DeleteOutcome.DELETED : DeleteOutcome.ALREADY_GONE;
  }

  /** Creates a key as the user would, checking the host's binding rules (contract §9.3). */
  synchronized LiveUserKey createKey(long userId, String name, long groupId) {
    LiveGroup group = groups.group(groupId).orElseThrow(() -> refused("GROUP_NOT_ALLOWED"));
    LiveUser user = user(userId);
    boolean allowed =
        group.subscriptionType().equals("subscription")
            ? subscriptions.hasActive(userId, groupId)
            : user.allowedGroups().isEmpty()
                ? !group.exclusive()
                : user.allowedGroups().contains(groupId);
    if (!allowed) {
      throw refused("GROUP_NOT_ALLOWED");
    }
    return putKey(ids.incrementAndGet(), userId, name, groupId);
  }

  /** Deletes key {@code keyId} as user {@code userId}; another user's key counts as gone. */
  synchronized DeleteOutcome deleteKey(long userId, long keyId) {
    LiveUserKey key = keys.get(keyId);
    if (key == null || key.userId() != userId) {
      return DeleteOutcome.ALREADY_GONE;
    }
    keys.remove(keyId);
    return DeleteOutcome.DELETED;
  }

  /** Arranges key {@code keyId} gone, as deleted by hand. */
  public synchronized void removeKey(long keyId) {
    keys.remove(keyId);
  }

  /** Every key of every user, as the host holds them. */
  public synchronized List<LiveUserKey> keys() {
    return new ArrayList<>(keys.values());
  }

  private LiveUserKey putKey(long id, long userId, String name, long groupId) {
    Secret secret = keys.containsKey(id) ? keys.get(id).key() : Secret.of("sk-fake-" + id + "-x");
    LiveUserKey key = new LiveUserKey(id, userId, name, groupId, "active", secret);
    keys.put(id, key);
    return key;
  }

  private LiveUser user(long userId) {
    LiveUser user = users.get(userId);
    if (user == null) {
      throw refused("USER_NOT_FOUND");
    }
    return user;
  }

  private static HostRejectedException refused(String code) {
    return new HostRejectedException(
        HostRejectedException.Reason.REJECTED, 403, code, "the host refused: " + code);
  }
}
