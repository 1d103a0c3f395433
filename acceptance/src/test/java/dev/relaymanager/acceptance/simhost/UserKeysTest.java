package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserKeysTest {
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Res createKey(String token, long groupId) {
    return sim.http.send(
        "POST", "/api/v1/keys", Map.of("name", "k", "group_id", groupId), Sim.bearer(token));
  }

  @Test
  void user_creates_a_key_with_the_full_secret() {
    long g = sim.openaiGroup("open");
    sim.user("u@x.io", 0);
    String token = sim.login("u@x.io", "secret-pw");

    JsonNode key = Sim.ok(createKey(token, g));

    assertThat(key.get("key").asText()).matches("sk-[0-9a-f]{64}");
    assertThat(key.get("group_id").asLong()).isEqualTo(g);
    assertThat(key.get("status").asText()).isEqualTo("active");
  }

  @Test
  void subscription_group_needs_an_active_subscription() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);
    String token = sim.login("u@x.io", "secret-pw");

    Http.Res denied = createKey(token, g);
    sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", g));
    Http.Res allowed = createKey(token, g);

    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().get("reason").asText()).isEqualTo("GROUP_NOT_ALLOWED");
    assertThat(allowed.status()).isEqualTo(200);
  }

  @Test
  void exclusive_group_needs_allowed_groups_and_allowed_groups_restrict_the_rest() {
    long exclusive = sim.group("ex", "openai", Map.of("is_exclusive", true));
    long open = sim.openaiGroup("open");
    long u = sim.user("u@x.io", 0);
    String token = sim.login("u@x.io", "secret-pw");

    Http.Res denied = createKey(token, exclusive);
    sim.put("/api/v1/admin/users/" + u, Map.of("allowed_groups", List.of(exclusive)));
    Http.Res allowed = createKey(token, exclusive);
    Http.Res openNowDenied = createKey(token, open);

    assertThat(denied.status()).isEqualTo(403);
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(openNowDenied.status()).isEqualTo(403);
  }

  @Test
  void user_lists_updates_and_deletes_only_own_keys() {
    long g = sim.openaiGroup("open");
    sim.user("u@x.io", 0);
    sim.user("v@x.io", 0);
    String u = sim.login("u@x.io", "secret-pw");
    String v = sim.login("v@x.io", "secret-pw");
    long id = Sim.ok(createKey(u, g)).get("id").asLong();

    Http.Res foreign = sim.http.send("GET", "/api/v1/keys/" + id, null, Sim.bearer(v));
    JsonNode renamed =
        Sim.ok(
            sim.http.send("PUT", "/api/v1/keys/" + id, Map.of("name", "renamed"), Sim.bearer(u)));
    Sim.ok(sim.http.send("DELETE", "/api/v1/keys/" + id, null, Sim.bearer(u)));
    JsonNode list = Sim.ok(sim.http.send("GET", "/api/v1/keys", null, Sim.bearer(u)));

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(renamed.get("name").asText()).isEqualTo("renamed");
    assertThat(list.get("total").asInt()).isZero();
  }

  @Test
  void admin_rebind_to_an_exclusive_standard_group_grants_access() {
    long open = sim.openaiGroup("open");
    long exclusive = sim.group("ex", "openai", Map.of("is_exclusive", true));
    long u = sim.user("u@x.io", 0);
    long id = Sim.ok(createKey(sim.login("u@x.io", "secret-pw"), open)).get("id").asLong();

    JsonNode r = Sim.ok(sim.put("/api/v1/admin/api-keys/" + id, Map.of("group_id", exclusive)));

    assertThat(r.get("auto_granted_group_access").asBoolean()).isTrue();
    assertThat(r.get("granted_group_id").asLong()).isEqualTo(exclusive);
    assertThat(r.get("api_key").get("group_id").asLong()).isEqualTo(exclusive);
    assertThat(Sim.ok(sim.get("/api/v1/admin/users/" + u)).get("allowed_groups").get(0).asLong())
        .isEqualTo(exclusive);
  }

  @Test
  void admin_rebind_to_a_subscription_group_without_subscription_is_refused() {
    long open = sim.openaiGroup("open");
    long sub = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    sim.user("u@x.io", 0);
    long id = Sim.ok(createKey(sim.login("u@x.io", "secret-pw"), open)).get("id").asLong();

    Http.Res r = sim.put("/api/v1/admin/api-keys/" + id, Map.of("group_id", sub));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("reason").asText()).isEqualTo("SUBSCRIPTION_REQUIRED");
  }

  @Test
  void backend_mode_blocks_user_routes_for_existing_sessions() {
    sim.user("u@x.io", 0);
    String token = sim.login("u@x.io", "secret-pw");
    sim.host.settings(s -> s.backendModeEnabled = true);

    Http.Res r = sim.http.send("GET", "/api/v1/keys", null, Sim.bearer(token));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("code").asText()).isEqualTo("BACKEND_MODE_ADMIN_ONLY");
  }

  @Test
  void available_groups_follow_the_binding_rules() {
    sim.openaiGroup("open");
    sim.group("ex", "openai", Map.of("is_exclusive", true));
    sim.user("u@x.io", 0);

    JsonNode groups =
        Sim.ok(
            sim.http.send(
                "GET",
                "/api/v1/groups/available",
                null,
                Sim.bearer(sim.login("u@x.io", "secret-pw"))));

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("name").asText()).isEqualTo("open");
  }
}
