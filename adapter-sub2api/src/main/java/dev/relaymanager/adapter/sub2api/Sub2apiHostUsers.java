package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminUser;
import dev.relaymanager.adapter.sub2api.wire.AllowedGroupsRequest;
import dev.relaymanager.adapter.sub2api.wire.BalanceRequest;
import dev.relaymanager.adapter.sub2api.wire.KeyRebindRequest;
import dev.relaymanager.adapter.sub2api.wire.KeyRebindResult;
import dev.relaymanager.adapter.sub2api.wire.UserApiKey;
import dev.relaymanager.adapter.sub2api.wire.UserCreateRequest;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.access.UserDraft;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Users, balance, subscriptions and keys on one sub2api host over its admin API (contract §9). */
public final class Sub2apiHostUsers implements HostUsers {
  static final String USERS = "/api/v1/admin/users";
  static final String API_KEYS = "/api/v1/admin/api-keys";
  private static final String USER = "user";

  private final AdminApi api;
  private final HostSubscriptions subscriptions;
  private final JavaType userType;
  private final JavaType keyType;
  private final JavaType rebindType;
  private final JavaType anything;

  Sub2apiHostUsers(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.subscriptions = new HostSubscriptions(api, json);
    this.userType = json.type(AdminUser.class);
    this.keyType = json.type(UserApiKey.class);
    this.rebindType = json.type(KeyRebindResult.class);
    this.anything = json.type(JsonNode.class);
  }

  /** {@code ?search=} also matches usernames and substrings, so the email is compared here. */
  @Override
  public Optional<LiveUser> findUserByEmail(String email) {
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    List<AdminUser> candidates =
        AccessAnswers.value(api.getAll(USERS + "?search=" + AdminApi.encoded(wanted), userType));
    return candidates.stream()
        .filter(user -> user.email() != null && user.email().equalsIgnoreCase(wanted))
        .findFirst()
        .map(AccessWireMapper::toLive);
  }

  @Override
  public LiveUser createUser(UserDraft draft) {
    String password = draft.password().reveal();
    UserCreateRequest body =
        new UserCreateRequest(draft.email(), password, draft.username(), draft.notes());
    HostOutcome<AdminUser> outcome =
        api.<AdminUser>post(USERS, body, userType).masked(text -> Masking.mask(text, password));
    return AccessWireMapper.toLive(AccessAnswers.value(outcome));
  }

  @Override
  public LiveUser addBalance(long userId, BigDecimal amountUsd, String notes, IdempotencyKey key) {
    if (amountUsd.signum() <= 0) {
      // The host refuses 0 with a 400 and a negative result with a bare 500 (contract §9.1).
      throw new IllegalArgumentException("amountUsd must be positive");
    }
    BalanceRequest body = new BalanceRequest(amountUsd, "add", notes);
    Map<String, String> headers = Map.of(HostAccounts.IDEMPOTENCY_KEY, key.value());
    HostOutcome<AdminUser> outcome = api.post(user(userId) + "/balance", body, headers, userType);
    return AccessWireMapper.toLive(AccessAnswers.existing(outcome, USER, userId));
  }

  @Override
  public LiveUser setAllowedGroups(long userId, List<Long> groupIds) {
    AllowedGroupsRequest body = new AllowedGroupsRequest(List.copyOf(groupIds));
    HostOutcome<AdminUser> outcome = api.put(user(userId), body, userType);
    return AccessWireMapper.toLive(AccessAnswers.existing(outcome, USER, userId));
  }

  @Override
  public List<LiveSubscription> findSubscriptions(long userId, long groupId) {
    return subscriptions.find(userId, groupId);
  }

  @Override
  public LiveSubscription assignSubscription(
      long userId, long groupId, int validityDays, String notes) {
    return subscriptions.assign(userId, groupId, validityDays, notes);
  }

  @Override
  public List<SubscriptionAssignment> bulkAssignSubscriptions(
      List<Long> userIds, long groupId, int validityDays, String notes) {
    return subscriptions.bulkAssign(userIds, groupId, validityDays, notes);
  }

  @Override
  public DeleteOutcome revokeSubscription(long subscriptionId) {
    return subscriptions.revoke(subscriptionId);
  }

  @Override
  public List<LiveUserKey> listUserKeys(long userId) {
    HostOutcome<List<UserApiKey>> outcome = api.getAll(user(userId) + "/api-keys", keyType);
    return AccessAnswers.existing(outcome, USER, userId).stream()
        .map(AccessWireMapper::toLive)
        .collect(Collectors.toList());
  }

  @Override
  public List<LiveUserKey> listGroupKeys(long groupId) {
    HostOutcome<List<UserApiKey>> outcome =
        api.getAll("/api/v1/admin/groups/" + groupId + "/api-keys", keyType);
    return AccessAnswers.existing(outcome, "group", groupId).stream()
        .map(AccessWireMapper::toLive)
        .collect(Collectors.toList());
  }

  @Override
  public LiveUserKey rebindUserKey(long keyId, long groupId) {
    HostOutcome<KeyRebindResult> outcome =
        api.put(API_KEYS + "/" + keyId, new KeyRebindRequest(groupId), rebindType);
    KeyRebindResult result = AccessAnswers.existing(outcome, "api key", keyId);
    if (result == null || result.apiKey() == null) {
      throw new HostRejectedException(
          Reason.REJECTED, 200, "", "the host's rebind answer for key " + keyId + " had no key");
    }
    return AccessWireMapper.toLive(result.apiKey());
  }

  @Override
  public DeleteOutcome deleteUser(long userId) {
    return HostAnswers.deleted(api.delete(user(userId), anything));
  }

  private static String user(long userId) {
    return USERS + "/" + userId;
  }
}
