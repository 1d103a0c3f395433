package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersAndSubscriptionsTest {
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Res balance(long user, Object amount, String op) {
    return sim.post(
        "/api/v1/admin/users/" + user + "/balance",
        Map.of("balance", amount, "operation", op, "notes", "t"));
  }

  @Test
  void balance_set_add_and_subtract_return_the_updated_user() {
    long u = sim.user("u@x.io", 0);

    JsonNode set = Sim.ok(balance(u, 10, "set"));
    JsonNode add = Sim.ok(balance(u, 5, "add"));
    JsonNode sub = Sim.ok(balance(u, 15, "subtract"));

    assertThat(set.get("balance").asDouble()).isEqualTo(10);
    assertThat(add.get("balance").asDouble()).isEqualTo(15);
    assertThat(sub.get("balance").asDouble()).isZero();
  }

  @Test
  void balance_zero_is_a_400_and_a_negative_result_a_500() {
    long u = sim.user("u@x.io", 0);

    Http.Res zero = balance(u, 0, "set");
    Http.Res negative = balance(u, 1, "subtract");

    assertThat(zero.status()).isEqualTo(400);
    assertThat(negative.status()).isEqualTo(500);
    assertThat(negative.json().get("message").asText()).isEqualTo("internal error");
  }

  @Test
  void balance_idempotency_replays_instead_of_adding_twice() {
    long u = sim.user("u@x.io", 0);
    Map<String, String> h = Map.of("x-api-key", sim.host.adminApiKey(), "Idempotency-Key", "k1");
    Map<String, Object> body = Map.of("balance", 5, "operation", "add");

    sim.http.send("POST", "/api/v1/admin/users/" + u + "/balance", body, h);
    Http.Res replay = sim.http.send("POST", "/api/v1/admin/users/" + u + "/balance", body, h);

    assertThat(replay.header("X-Idempotency-Replayed")).isEqualTo("true");
    assertThat(Sim.ok(sim.get("/api/v1/admin/users/" + u)).get("balance").asDouble()).isEqualTo(5);
  }

  @Test
  void emails_are_unique_and_passwords_need_six_characters() {
    sim.user("u@x.io", 0);

    Http.Res dup = sim.post("/api/v1/admin/users", Map.of("email", "u@x.io", "password", "abcdef"));
    Http.Res weak = sim.post("/api/v1/admin/users", Map.of("email", "v@x.io", "password", "abc"));

    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.json().get("reason").asText()).isEqualTo("EMAIL_EXISTS");
    assertThat(weak.status()).isEqualTo(400);
  }

  @Test
  void new_users_get_the_default_balance_and_default_subscriptions() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    sim.host.settings(
        s -> {
          s.defaultBalance = 3;
          s.defaultSubscriptions = List.of(Map.of("group_id", g, "validity_days", 7));
        });

    long u = sim.user("u@x.io", 0);

    assertThat(Sim.ok(sim.get("/api/v1/admin/users/" + u)).get("balance").asDouble()).isEqualTo(3);
    JsonNode subs = Sim.ok(sim.get("/api/v1/admin/users/" + u + "/subscriptions"));
    assertThat(subs.isArray()).isTrue();
    assertThat(subs.get(0).get("group_id").asLong()).isEqualTo(g);
  }

  @Test
  void admin_user_cannot_be_deleted_but_others_are_soft_deleted() {
    long u = sim.user("u@x.io", 0);
    long adminId = sim.host.withState(s -> s.firstAdmin().orElseThrow().id);

    Http.Res admin = sim.delete("/api/v1/admin/users/" + adminId);
    Sim.ok(sim.delete("/api/v1/admin/users/" + u));

    assertThat(admin.status()).isEqualTo(500);
    assertThat(sim.get("/api/v1/admin/users/" + u).json().get("reason").asText())
        .isEqualTo("USER_NOT_FOUND");
  }

  @Test
  void assign_needs_a_subscription_type_group() {
    long standard = sim.openaiGroup("std");
    long u = sim.user("u@x.io", 0);

    Http.Res r =
        sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", standard));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("reason").asText()).isEqualTo("GROUP_NOT_SUBSCRIPTION_TYPE");
  }

  @Test
  void assign_again_reuses_on_new_builds_and_conflicts_on_old_ones() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);
    Map<String, Object> body = Map.of("user_id", u, "group_id", g, "validity_days", 30);
    long first = Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", body)).get("id").asLong();

    long again = Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", body)).get("id").asLong();
    sim.host.knobs(k -> k.subscriptionReuse = false);
    Http.Res conflict = sim.post("/api/v1/admin/subscriptions/assign", body);

    assertThat(again).isEqualTo(first);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("reason").asText()).isEqualTo("SUBSCRIPTION_ALREADY_EXISTS");
  }

  @Test
  void bulk_assign_reports_partial_failure_with_status_200() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);

    JsonNode r =
        Sim.ok(
            sim.post(
                "/api/v1/admin/subscriptions/bulk-assign",
                Map.of("user_ids", List.of(u, 9999), "group_id", g, "validity_days", 30)));

    assertThat(r.get("success_count").asInt()).isEqualTo(1);
    assertThat(r.get("created_count").asInt()).isEqualTo(1);
    assertThat(r.get("failed_count").asInt()).isEqualTo(1);
    assertThat(r.get("statuses").get(String.valueOf(u)).asText()).isEqualTo("created");
  }

  @Test
  void subscriptions_list_filters_and_revoke_soft_deletes() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);
    long id =
        Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", g)))
            .get("id")
            .asLong();

    JsonNode listed =
        Sim.ok(sim.get("/api/v1/admin/subscriptions?user_id=" + u + "&group_id=" + g));
    Sim.ok(sim.delete("/api/v1/admin/subscriptions/" + id));

    assertThat(listed.get("items").get(0).get("status").asText()).isEqualTo("active");
    assertThat(listed.get("items").get(0).get("expires_at").asText()).isNotEmpty();
    assertThat(sim.get("/api/v1/admin/subscriptions/" + id).status()).isEqualTo(404);
  }
}
