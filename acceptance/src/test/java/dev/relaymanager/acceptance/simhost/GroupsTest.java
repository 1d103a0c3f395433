package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsTest {
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void empty_platform_defaults_to_anthropic_and_type_to_standard() {
    JsonNode g =
        Sim.ok(sim.post("/api/v1/admin/groups", Map.of("name", "bare", "rate_multiplier", 1)));

    assertThat(g.get("platform").asText()).isEqualTo("anthropic");
    assertThat(g.get("rate_multiplier").asDouble()).isEqualTo(1);
    assertThat(g.get("subscription_type").asText()).isEqualTo("standard");
    assertThat(g.get("daily_limit_usd").isNull()).isTrue();
  }

  @Test
  void group_names_are_unique_among_live_groups_and_free_again_after_delete() {
    long first = sim.openaiGroup("dup");

    Map<String, Object> body = Map.of("name", "dup", "platform", "openai", "rate_multiplier", 1);

    Http.Res second = sim.post("/api/v1/admin/groups", body);
    sim.delete("/api/v1/admin/groups/" + first);
    Http.Res third = sim.post("/api/v1/admin/groups", body);

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("reason").asText()).isEqualTo("GROUP_EXISTS");
    assertThat(third.status()).isEqualTo(200);
  }

  @Test
  void update_without_limits_clears_them() {
    long id = sim.group("lim", "openai", Map.of("daily_limit_usd", 5));

    JsonNode g = Sim.ok(sim.put("/api/v1/admin/groups/" + id, Map.of("description", "d")));

    assertThat(g.get("daily_limit_usd").isNull()).isTrue();
    assertThat(g.get("description").asText()).isEqualTo("d");
    assertThat(g.get("platform").asText()).isEqualTo("openai");
  }

  @Test
  void all_lists_active_groups_as_a_plain_array_and_filters_by_platform() {
    sim.openaiGroup("o1");
    long off = sim.openaiGroup("o2");
    sim.group("a1", "anthropic", Map.of());
    sim.put("/api/v1/admin/groups/" + off, Map.of("status", "inactive"));

    JsonNode all = Sim.ok(sim.get("/api/v1/admin/groups/all?platform=openai"));
    JsonNode inactive = Sim.ok(sim.get("/api/v1/admin/groups/all?include_inactive=true"));

    assertThat(all.isArray()).isTrue();
    assertThat(all).hasSize(1);
    assertThat(inactive).hasSize(3);
  }

  @Test
  void list_filters_by_search_platform_and_exclusivity() {
    sim.openaiGroup("rm-deepseek");
    sim.group("rm-kimi", "kimi", Map.of("is_exclusive", true));
    sim.openaiGroup("other");

    JsonNode search = Sim.ok(sim.get("/api/v1/admin/groups?search=rm-"));
    JsonNode kimi = Sim.ok(sim.get("/api/v1/admin/groups?platform=kimi"));
    JsonNode exclusive = Sim.ok(sim.get("/api/v1/admin/groups?is_exclusive=true"));

    assertThat(search.get("total").asInt()).isEqualTo(2);
    assertThat(kimi.get("total").asInt()).isEqualTo(1);
    assertThat(exclusive.get("items").get(0).get("name").asText()).isEqualTo("rm-kimi");
  }

  @Test
  void delete_cascades_to_subscriptions_key_bindings_account_bindings_and_allowed_groups() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long account = sim.account("a", "sk-sim-ok-1", Map.of("m", "m"), g);
    long user = sim.user("u@x.io", 0);
    sim.put("/api/v1/admin/users/" + user, Map.of("allowed_groups", List.of(g)));
    Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", user, "group_id", g)));
    sim.userKey("u@x.io", g);

    Sim.ok(sim.delete("/api/v1/admin/groups/" + g));

    Map<String, Object> state = sim.host.snapshot();
    assertThat(sim.get("/api/v1/admin/groups/" + g).status()).isEqualTo(404);
    assertThat(Sim.ok(sim.get("/api/v1/admin/subscriptions?group_id=" + g)).get("total").asInt())
        .isZero();
    assertThat(Sim.ok(sim.get("/api/v1/admin/accounts/" + account)).has("group_ids")).isFalse();
    assertThat(Sim.ok(sim.get("/api/v1/admin/users/" + user)).get("allowed_groups")).isEmpty();
    assertThat(
            Sim.ok(sim.get("/api/v1/admin/users/" + user + "/api-keys"))
                .get("items")
                .get(0)
                .get("group_id")
                .isNull())
        .isTrue();
    assertThat(state.get("groups").toString()).contains("deleted_at=20");
  }

  @Test
  void group_key_and_subscription_listings_are_paginated() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long user = sim.user("u@x.io", 0);
    Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", user, "group_id", g)));
    sim.userKey("u@x.io", g);

    JsonNode keys = Sim.ok(sim.get("/api/v1/admin/groups/" + g + "/api-keys"));
    JsonNode subs = Sim.ok(sim.get("/api/v1/admin/groups/" + g + "/subscriptions"));

    assertThat(keys.get("total").asInt()).isEqualTo(1);
    assertThat(subs.get("items").get(0).get("user_id").asLong()).isEqualTo(user);
  }
}
