package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionReuseTest {
  private static final String ASSIGN = "/api/v1/admin/subscriptions/assign";
  private Sim sim;
  private long group;
  private long user;

  @BeforeEach
  void start() {
    sim = Sim.start();
    group = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    user = sim.user("u@x.io", 0);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Res assign(int days, String notes) {
    return sim.post(
        ASSIGN, Map.of("user_id", user, "group_id", group, "validity_days", days, "notes", notes));
  }

  private void change(long id, java.util.function.Consumer<SubscriptionRow> change) {
    sim.host.withState(
        s -> {
          change.accept(s.subscription(id).orElseThrow());
          return null;
        });
  }

  private static String reason(Http.Res r) {
    return r.json().get("metadata").get("conflict_reason").asText();
  }

  @Test
  void same_days_and_trimmed_notes_reuse_the_row_unchanged() {
    JsonNode first = Sim.ok(assign(30, "batch 1"));

    JsonNode again = Sim.ok(assign(30, "  batch 1 "));

    assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
    assertThat(again.get("expires_at").asText()).isEqualTo(first.get("expires_at").asText());
  }

  @Test
  void different_validity_days_is_a_409_assign_conflict() {
    Sim.ok(assign(30, "n"));

    Http.Res r = assign(60, "n");

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("reason").asText()).isEqualTo("SUBSCRIPTION_ASSIGN_CONFLICT");
    assertThat(reason(r)).isEqualTo("validity_days_mismatch");
  }

  @Test
  void different_notes_is_a_409_notes_mismatch() {
    Sim.ok(assign(30, "n"));

    Http.Res r = assign(30, "other");

    assertThat(r.status()).isEqualTo(409);
    assertThat(reason(r)).isEqualTo("notes_mismatch");
  }

  @Test
  void an_extended_subscription_conflicts_with_its_original_days() {
    long id = Sim.ok(assign(30, "n")).get("id").asLong();
    Sim.ok(sim.post("/api/v1/admin/subscriptions/" + id + "/extend", Map.of("days", 5)));

    Http.Res r = assign(30, "n");

    assertThat(r.status()).isEqualTo(409);
    assertThat(reason(r)).isEqualTo("validity_days_mismatch");
  }

  @Test
  void an_expired_subscription_is_renewed_in_place() {
    long id = Sim.ok(assign(30, "old")).get("id").asLong();
    change(
        id,
        s -> {
          s.expiresAt = "2020-01-01T00:00:00Z";
          s.status = "expired";
          s.dailyUsageUsd = 4;
        });

    JsonNode renewed = Sim.ok(assign(7, "new"));

    assertThat(renewed.get("id").asLong()).isEqualTo(id);
    assertThat(renewed.get("status").asText()).isEqualTo("active");
    assertThat(Instant.parse(renewed.get("expires_at").asText())).isAfter(Instant.now());
    assertThat(renewed.get("daily_usage_usd").asDouble()).isZero();
    assertThat(renewed.get("notes").asText()).isEqualTo("old\nnew");
  }

  @Test
  void a_suspended_subscription_comes_back_still_suspended() {
    long id = Sim.ok(assign(30, "n")).get("id").asLong();
    change(id, s -> s.status = "suspended");

    JsonNode again = Sim.ok(assign(30, "n"));

    assertThat(again.get("status").asText()).isEqualTo("suspended");
  }

  @Test
  void a_revoked_subscription_does_not_count_and_a_new_row_is_made() {
    long id = Sim.ok(assign(30, "n")).get("id").asLong();
    Sim.ok(sim.delete("/api/v1/admin/subscriptions/" + id));

    JsonNode fresh = Sim.ok(assign(60, "other"));

    assertThat(fresh.get("id").asLong()).isNotEqualTo(id);
  }

  @Test
  void bulk_assign_counts_a_conflict_as_a_failure_inside_a_200() {
    Sim.ok(assign(30, "n"));

    JsonNode r =
        Sim.ok(
            sim.post(
                "/api/v1/admin/subscriptions/bulk-assign",
                Map.of("user_ids", List.of(user), "group_id", group, "validity_days", 60)));

    assertThat(r.get("failed_count").asInt()).isEqualTo(1);
    assertThat(r.get("statuses").get(String.valueOf(user)).asText()).isEqualTo("failed");
  }

  @Test
  void plain_reuse_knob_reuses_whatever_the_terms() {
    sim.host.knobs(k -> k.subscriptionSemanticReuse = false);
    long id = Sim.ok(assign(30, "n")).get("id").asLong();

    JsonNode again = Sim.ok(assign(60, "other"));

    assertThat(again.get("id").asLong()).isEqualTo(id);
  }
}
