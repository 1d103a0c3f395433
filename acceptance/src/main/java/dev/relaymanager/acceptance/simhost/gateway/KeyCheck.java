package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.Map;

/** The gateway API-key middleware with the access and billing checks of contract §10.1. */
final class KeyCheck {
  private final SimState state;

  KeyCheck(SimState state) {
    this.state = state;
  }

  /** Authenticates the key; {@code billing} adds the balance and subscription checks. */
  Caller check(Req req, boolean billing) {
    ApiKeyRow key = key(req);
    UserRow user = user(key);
    if (key.quota > 0 && key.quotaUsed >= key.quota) {
      throw SimError.middleware(429, "API_KEY_QUOTA_EXHAUSTED", "API key quota exhausted");
    }
    if (key.groupId == null) {
      if (billing && !state.settings.allowUngroupedKeyScheduling) {
        throw SimError.of(
            Resp.json(
                403,
                Map.of(
                    "type",
                    "error",
                    "error",
                    Map.of(
                        "type",
                        "permission_error",
                        "message",
                        "API key is not assigned to any group"))));
      }
      return new Caller(key, user, null, null);
    }
    GroupRow group = group(key.groupId);
    if (!billing) {
      return new Caller(key, user, group, state.subscriptionOf(user.id, group.id).orElse(null));
    }
    return "subscription".equals(group.subscriptionType)
        ? new Caller(key, user, group, subscription(user, group))
        : standard(key, user, group);
  }

  private ApiKeyRow key(Req req) {
    if (req.query("key") != null) {
      throw SimError.middleware(
          400,
          "api_key_in_query_deprecated",
          "API key in query parameter is deprecated; use the Authorization header");
    }
    String secret = extract(req);
    if (secret == null) {
      throw SimError.middleware(401, "API_KEY_REQUIRED", "API key is required");
    }
    ApiKeyRow key =
        state.tables.apiKeys.stream()
            .filter(k -> !k.deleted() && k.key.equals(secret))
            .findFirst()
            .orElseThrow(() -> SimError.middleware(401, "INVALID_API_KEY", "Invalid API key"));
    if (!"active".equals(key.status)) {
      throw SimError.middleware(401, "API_KEY_DISABLED", "API key is disabled");
    }
    if (key.expiresAt != null && !state.inFuture(key.expiresAt)) {
      throw SimError.middleware(403, "API_KEY_EXPIRED", "API key has expired");
    }
    return key;
  }

  private static String extract(Req req) {
    String auth = req.header("Authorization");
    if (auth != null
        && auth.regionMatches(true, 0, "Bearer ", 0, 7)
        && !auth.substring(7).isBlank()) {
      return auth.substring(7).trim();
    }
    for (String h : new String[] {"x-api-key", "x-goog-api-key"}) {
      String v = req.header(h);
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private UserRow user(ApiKeyRow key) {
    UserRow user =
        state
            .user(key.userId)
            .orElseThrow(() -> SimError.middleware(401, "USER_NOT_FOUND", "User not found"));
    if (!"active".equals(user.status)) {
      throw SimError.middleware(401, "USER_INACTIVE", "User is not active");
    }
    return user;
  }

  private GroupRow group(long groupId) {
    GroupRow group =
        state
            .group(groupId)
            .orElseThrow(() -> SimError.middleware(403, "GROUP_DELETED", "Group has been deleted"));
    if (!"active".equals(group.status)) {
      throw SimError.middleware(403, "GROUP_DISABLED", "Group is disabled");
    }
    return group;
  }

  private SubscriptionRow subscription(UserRow user, GroupRow group) {
    SubscriptionRow s =
        state
            .subscriptionOf(user.id, group.id)
            .orElseThrow(
                () ->
                    SimError.middleware(
                        403, "SUBSCRIPTION_NOT_FOUND", "No active subscription for this group"));
    if (!"active".equals(s.status) || !state.inFuture(s.expiresAt)) {
      throw SimError.middleware(403, "SUBSCRIPTION_INVALID", "Subscription is not active");
    }
    if (over(s.dailyUsageUsd, group.dailyLimitUsd)
        || over(s.weeklyUsageUsd, group.weeklyLimitUsd)
        || over(s.monthlyUsageUsd, group.monthlyLimitUsd)) {
      throw SimError.middleware(429, "USAGE_LIMIT_EXCEEDED", "Subscription usage limit exceeded");
    }
    return s;
  }

  /** Only a positive limit limits; 0 blocks only with the strict-zero knob (a future fix). */
  private boolean over(double usage, Double limit) {
    boolean limits = limit != null && (limit > 0 || (limit == 0 && state.knobs.strictZeroLimit));
    return limits && usage >= limit;
  }

  private Caller standard(ApiKeyRow key, UserRow user, GroupRow group) {
    if (user.balance <= 0) {
      throw SimError.middleware(403, "INSUFFICIENT_BALANCE", "Insufficient account balance");
    }
    return new Caller(key, user, group, null);
  }
}
