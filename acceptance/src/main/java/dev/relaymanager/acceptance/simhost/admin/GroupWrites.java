package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;

/** Group create, update and the soft-delete cascade of contract §7.4 and findings §6. */
final class GroupWrites {
  private final SimState state;

  GroupWrites(SimState state) {
    this.state = state;
  }

  GroupRow create(Body body) {
    requireFreeName(body.str("name"), -1);
    GroupRow g = new GroupRow();
    g.id = state.nextId();
    g.name = body.str("name");
    g.description = body.strOr("description", "");
    String platform = body.strOr("platform", "");
    g.platform = platform.isEmpty() ? "anthropic" : platform;
    g.rateMultiplier = rate(body.dbl("rate_multiplier"));
    g.isExclusive = Boolean.TRUE.equals(body.bool("is_exclusive"));
    String type = body.strOr("subscription_type", "");
    g.subscriptionType = type.isEmpty() ? "standard" : type;
    GroupLimits.apply(g, body, state.knobs.groupLimitStorage);
    g.createdAt = state.now();
    g.updatedAt = g.createdAt;
    state.tables.groups.add(g);
    return g;
  }

  void update(GroupRow g, Body body) {
    if (body.present("name") && !body.str("name").equals(g.name)) {
      requireFreeName(body.str("name"), g.id);
      g.name = body.str("name");
    }
    g.description = body.strOr("description", g.description);
    if (body.present("platform") && !body.str("platform").isEmpty()) {
      g.platform = body.str("platform");
    }
    if (body.present("rate_multiplier")) {
      g.rateMultiplier = body.dbl("rate_multiplier");
    }
    if (body.present("is_exclusive")) {
      g.isExclusive = body.bool("is_exclusive");
    }
    g.status = body.strOr("status", g.status);
    g.subscriptionType = body.strOr("subscription_type", g.subscriptionType);
    // Upstream clears limits that an update omits, so limits are always taken from the body.
    GroupLimits.apply(g, body, state.knobs.groupLimitStorage);
    g.updatedAt = state.now();
  }

  /** Newest create rejects a rate of 0 or less, omitted included, as an unclassified 500. */
  private double rate(Double sent) {
    double rate = sent == null ? 0 : sent;
    if (state.knobs.groupRateRequired && rate <= 0) {
      throw SimError.internal();
    }
    return rate;
  }

  private void requireFreeName(String name, long self) {
    boolean taken =
        state.tables.groups.stream()
            .anyMatch(g -> !g.deleted() && g.id != self && g.name.equals(name));
    if (taken) {
      throw SimError.app(409, "GROUP_EXISTS", "group name already exists");
    }
  }

  void deleteCascade(GroupRow g) {
    String now = state.now();
    g.deletedAt = now;
    state.tables.subscriptions.stream()
        .filter(s -> !s.deleted() && s.groupId == g.id)
        .forEach(s -> s.deletedAt = now);
    state.tables.apiKeys.stream()
        .filter(k -> Long.valueOf(g.id).equals(k.groupId))
        .forEach(k -> k.groupId = null);
    state.tables.accounts.forEach(a -> a.groupIds.remove(Long.valueOf(g.id)));
    state.tables.users.forEach(u -> u.allowedGroups.remove(Long.valueOf(g.id)));
    // Channels keep the id (findings §6) and the /v1/models cache is not invalidated (§9).
  }
}
