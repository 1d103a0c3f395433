package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.time.Duration;

/** User API key creation and the group binding rules of contract §9.3. */
final class KeyWrites {
  private final SimState state;
  private final Secrets secrets;

  KeyWrites(SimState state, Secrets secrets) {
    this.state = state;
    this.secrets = secrets;
  }

  /** True when the user may bind a key to the group. */
  boolean mayBind(UserRow user, GroupRow g) {
    if (!"active".equals(g.status)) {
      return false;
    }
    if ("subscription".equals(g.subscriptionType)) {
      return state.subscriptionOf(user.id, g.id).filter(s -> "active".equals(s.status)).isPresent();
    }
    return user.allowedGroups.isEmpty() ? !g.isExclusive : user.allowedGroups.contains(g.id);
  }

  /** The group for a requested binding, or 403 GROUP_NOT_ALLOWED. */
  Long bindable(UserRow user, Long groupId) {
    if (groupId == null || groupId == 0) {
      return null;
    }
    GroupRow g = state.group(groupId).orElseThrow(GroupRoutes::notFound);
    if (!mayBind(user, g)) {
      throw SimError.app(403, "GROUP_NOT_ALLOWED", "you are not allowed to use this group");
    }
    return g.id;
  }

  ApiKeyRow create(UserRow user, Body body) {
    ApiKeyRow k = new ApiKeyRow();
    k.groupId = bindable(user, body.lng("group_id"));
    k.id = state.nextId();
    k.userId = user.id;
    String custom = body.str("custom_key");
    k.key = custom == null || custom.isEmpty() ? secrets.userApiKey() : custom;
    k.name = body.str("name");
    if (body.present("quota")) {
      k.quota = body.dbl("quota");
    }
    Long days = body.lng("expires_in_days");
    if (days != null && days > 0) {
      k.expiresAt = SimState.rfc3339(state.instant().plus(Duration.ofDays(days)));
    } else if (body.present("expires_at")) {
      k.expiresAt = body.str("expires_at");
    }
    k.createdAt = state.now();
    k.updatedAt = k.createdAt;
    state.tables.apiKeys.add(k);
    return k;
  }

  void update(UserRow user, ApiKeyRow k, Body body) {
    if (body.has("group_id")) {
      k.groupId = bindable(user, body.lng("group_id"));
    }
    k.name = body.strOr("name", k.name);
    k.status = body.strOr("status", k.status);
    if (body.present("quota")) {
      k.quota = body.dbl("quota");
    }
    if (Boolean.TRUE.equals(body.bool("reset_quota"))) {
      k.quotaUsed = 0;
    }
    if (body.has("expires_at")) {
      String v = body.str("expires_at");
      k.expiresAt = v == null || v.isEmpty() ? null : v;
    }
    k.updatedAt = state.now();
  }
}
