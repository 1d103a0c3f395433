package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /v1/usage}: a non-enveloped self-check without billing checks (§10.2). */
final class UsageRoute {
  private final KeyCheck keys;

  UsageRoute(KeyCheck keys) {
    this.keys = keys;
  }

  Resp handle(Req req) {
    Caller c = keys.check(req, false);
    Map<String, Object> m = new LinkedHashMap<>();
    boolean quota = c.key().quota > 0;
    m.put("mode", quota ? "quota_limited" : "unrestricted");
    m.put("isValid", true);
    m.put("planName", c.group() == null ? "" : c.group().name);
    m.put("unit", "USD");
    if (quota) {
      double remaining = c.key().quota - c.key().quotaUsed;
      m.put("remaining", remaining);
      m.put("status", remaining > 0 ? "active" : "quota_exhausted");
      m.put(
          "quota",
          Map.of("limit", c.key().quota, "used", c.key().quotaUsed, "remaining", remaining));
    } else {
      m.put("remaining", c.user().balance);
    }
    m.put("balance", c.user().balance);
    if (c.subscription() != null) {
      m.put("subscription", subscription(c.subscription(), c.group()));
    }
    return Resp.json(200, m);
  }

  private static Map<String, Object> subscription(SubscriptionRow s, GroupRow g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("daily_usage_usd", s.dailyUsageUsd);
    m.put("weekly_usage_usd", s.weeklyUsageUsd);
    m.put("monthly_usage_usd", s.monthlyUsageUsd);
    m.put("daily_limit_usd", g.dailyLimitUsd);
    m.put("weekly_limit_usd", g.weeklyLimitUsd);
    m.put("monthly_limit_usd", g.monthlyLimitUsd);
    m.put("expires_at", s.expiresAt);
    return m;
  }
}
