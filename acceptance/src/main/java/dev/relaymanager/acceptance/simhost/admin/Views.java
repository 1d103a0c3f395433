package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns stored rows into the host's response DTOs (contract §5.4, §7.3, §8, §9). */
public final class Views {
  private static final Set<String> SECRETS =
      Set.of("api_key", "access_token", "refresh_token", "id_token", "session_key", "secret_key");
  private final SimState state;
  private final Json json;

  /** Views over one host's state. */
  public Views(SimState state, Json json) {
    this.state = state;
    this.json = json;
  }

  /** True for credential keys the host treats as secrets. */
  public static boolean secret(String key) {
    return SECRETS.contains(key);
  }

  /** AdminGroup. */
  public Map<String, Object> group(GroupRow g) {
    Map<String, Object> m = json.toMap(g);
    m.remove("deleted_at");
    m.put("model_routing", Map.of());
    m.put("model_routing_enabled", false);
    m.put("fallback_group_id", null);
    long count =
        state.tables.accounts.stream()
            .filter(a -> !a.deleted() && a.groupIds.contains(g.id))
            .count();
    if (count > 0) {
      m.put("account_count", count);
    }
    return m;
  }

  /** Account with concurrency, credentials redacted on newer builds. */
  public Map<String, Object> account(AccountRow a) {
    Map<String, Object> m = json.toMap(a);
    m.remove("deleted_at");
    m.put("credentials", credentials(a));
    if (state.knobs.redactCredentials) {
      m.put("credentials_status", Map.of("has_api_key", hasText(a.credential("api_key"))));
    }
    m.put("proxy", null);
    m.put("current_concurrency", 0);
    List<Map<String, Object>> bindings = new ArrayList<>();
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Long gid : a.groupIds) {
      state.group(gid).ifPresent(g -> groups.add(group(g)));
      bindings.add(binding(a, gid));
    }
    m.put("account_groups", bindings);
    m.put("groups", groups);
    if (a.groupIds.isEmpty()) {
      m.remove("group_ids");
    }
    return m;
  }

  private Map<String, Object> credentials(AccountRow a) {
    Map<String, Object> c = new LinkedHashMap<>(a.credentials);
    if (state.knobs.redactCredentials) {
      c.keySet().removeIf(Views::secret);
    }
    return c;
  }

  private Map<String, Object> binding(AccountRow a, long groupId) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("account_id", a.id);
    b.put("group_id", groupId);
    b.put("priority", a.priority);
    b.put("created_at", a.createdAt);
    return b;
  }

  /** Channel (times in the {@code 2006-01-02T15:04:05Z} form). */
  public Map<String, Object> channel(ChannelRow c) {
    Map<String, Object> m = json.toMap(c);
    m.remove("deleted_at");
    m.put("features_config", Map.of());
    return m;
  }

  /** AdminUser. */
  public Map<String, Object> user(UserRow u) {
    Map<String, Object> m = json.toMap(u);
    m.remove("deleted_at");
    m.remove("password");
    m.put("group_rates", Map.of());
    m.put("current_concurrency", 0);
    return m;
  }

  /** UserSubscription with its group. */
  public Map<String, Object> subscription(SubscriptionRow s) {
    Map<String, Object> m = json.toMap(s);
    m.remove("deleted_at");
    m.remove("validity_days");
    state.group(s.groupId).ifPresent(g -> m.put("group", group(g)));
    return m;
  }

  /** ApiKey with the full secret, as the host returns it. */
  public Map<String, Object> apiKey(ApiKeyRow k) {
    Map<String, Object> m = json.toMap(k);
    m.remove("deleted_at");
    if (k.groupId != null) {
      state.group(k.groupId).ifPresent(g -> m.put("group", group(g)));
    }
    return m;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isEmpty();
  }
}
