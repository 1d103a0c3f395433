package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayAccessTest {
  private static final Map<String, String> MAPPING = Map.of("deepseek-chat", "deepseek-chat");
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start(SimOptions.defaults().modelsCacheMillis(0));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private String standardKey(long group, double balance) {
    sim.user("u@x.io", balance);
    return sim.userKey("u@x.io", group);
  }

  @Test
  void key_is_read_from_bearer_then_x_api_key_then_x_goog_api_key() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    String key = standardKey(g, 10);

    Http.Res xApi = sim.http.send("GET", "/v1/models", null, Map.of("x-api-key", key));
    Http.Res goog = sim.http.send("GET", "/v1/models", null, Map.of("x-goog-api-key", key));
    Http.Res query = sim.http.send("GET", "/v1/models?key=" + key, null, Map.of());
    Http.Res none = sim.http.send("GET", "/v1/models", null, Map.of());
    Http.Res bad = sim.gateway("GET", "/v1/models", "sk-unknown", null);

    assertThat(xApi.status()).isEqualTo(200);
    assertThat(goog.status()).isEqualTo(200);
    assertThat(query.status()).isEqualTo(400);
    assertThat(none.json().get("code").asText()).isEqualTo("API_KEY_REQUIRED");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.json().get("code").asText()).isEqualTo("INVALID_API_KEY");
  }

  @Test
  void zero_balance_is_403_insufficient_balance_even_on_models_but_not_on_usage() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    String key = standardKey(g, 0);

    Http.Res models = sim.gateway("GET", "/v1/models", key, null);
    Http.Res usage = sim.gateway("GET", "/v1/usage", key, null);

    assertThat(models.status()).isEqualTo(403);
    assertThat(models.json().get("code").asText()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(usage.status()).isEqualTo(200);
    assertThat(usage.json().get("unit").asText()).isEqualTo("USD");
  }

  @Test
  void key_without_group_gets_an_anthropic_shaped_403_unless_ungrouped_is_allowed() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    sim.user("u@x.io", 10);
    String key = sim.userKey("u@x.io", null);

    Http.Res denied = sim.gateway("GET", "/v1/models", key, null);
    sim.host.settings(s -> s.allowUngroupedKeyScheduling = true);
    Http.Res allowed = sim.chat(key, "deepseek-chat");

    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().get("type").asText()).isEqualTo("error");
    assertThat(denied.json().get("error").get("type").asText()).isEqualTo("permission_error");
    assertThat(allowed.status()).isEqualTo(200);
  }

  @Test
  void subscription_group_checks_subscription_and_exhausts_its_limit() {
    long g =
        sim.group(
            "sub",
            "openai",
            Map.of("subscription_type", "subscription", "daily_limit_usd", 0.0000001));
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    long u = sim.user("u@x.io", 0);
    Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", g)));
    String key = sim.userKey("u@x.io", g);

    Http.Res first = sim.chat(key, "deepseek-chat");
    Http.Res second = sim.chat(key, "deepseek-chat");
    long sub =
        Sim.ok(sim.get("/api/v1/admin/subscriptions?user_id=" + u))
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    sim.delete("/api/v1/admin/subscriptions/" + sub);
    Http.Res gone = sim.gateway("GET", "/v1/models", key, null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(429);
    assertThat(second.json().get("code").asText()).isEqualTo("USAGE_LIMIT_EXCEEDED");
    assertThat(gone.json().get("code").asText()).isEqualTo("SUBSCRIPTION_NOT_FOUND");
  }

  @Test
  void expired_subscription_is_subscription_invalid() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);
    Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", g)));
    String key = sim.userKey("u@x.io", g);
    sim.host.withState(s -> s.tables.subscriptions.get(0).expiresAt = "2020-01-01T00:00:00Z");

    Http.Res r = sim.gateway("GET", "/v1/models", key, null);

    assertThat(r.json().get("code").asText()).isEqualTo("SUBSCRIPTION_INVALID");
  }

  @Test
  void disabled_group_is_403_group_disabled_and_drifted_deleted_group_is_group_deleted() {
    long g = sim.openaiGroup("g");
    String key = standardKey(g, 10);

    sim.put("/api/v1/admin/groups/" + g, Map.of("status", "inactive"));
    Http.Res disabled = sim.gateway("GET", "/v1/models", key, null);
    sim.http.send(
        "PATCH", "/_sim/groups/" + g, Map.of("deleted_at", "2026-01-01T00:00:00Z"), Map.of());
    Http.Res deleted = sim.gateway("GET", "/v1/models", key, null);

    assertThat(disabled.json().get("code").asText()).isEqualTo("GROUP_DISABLED");
    assertThat(deleted.json().get("code").asText()).isEqualTo("GROUP_DELETED");
  }

  @Test
  void key_quota_exhaustion_is_429() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    String key = standardKey(g, 10);
    sim.host.withState(
        s -> {
          s.tables.apiKeys.get(0).quota = 0.0000001;
          return null;
        });

    sim.chat(key, "deepseek-chat");
    Http.Res r = sim.chat(key, "deepseek-chat");

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().get("code").asText()).isEqualTo("API_KEY_QUOTA_EXHAUSTED");
  }
}
