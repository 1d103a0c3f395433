package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.Knobs;

/** How a group create or update stores the three {@code *_limit_usd} fields (findings §3). */
final class GroupLimits {
  private GroupLimits() {}

  /** Sets all three limits from the body; an omitted limit is always cleared to NULL. */
  static void apply(GroupRow g, Body body, String storage) {
    g.dailyLimitUsd = stored(body, "daily_limit_usd", storage);
    g.weeklyLimitUsd = stored(body, "weekly_limit_usd", storage);
    g.monthlyLimitUsd = stored(body, "monthly_limit_usd", storage);
  }

  private static Double stored(Body body, String field, String storage) {
    if (!body.has(field)) {
      return null;
    }
    Object raw = body.raw(field);
    if (Knobs.LIMITS_AS_SENT.equals(storage)) {
      return body.dbl(field);
    }
    if (Knobs.LIMITS_NULL_MINUS_ONE.equals(storage)) {
      return raw == null ? Double.valueOf(-1) : body.dbl(field);
    }
    // Upstream's optional-limit binding turns an explicit null or "" into 0, not NULL.
    if (raw == null || "".equals(raw)) {
      return 0.0;
    }
    double value = body.dbl(field);
    return value < 0 ? null : value;
  }
}
