package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyRoutesTest {
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Res keyed(String path, Object body) {
    return sim.http.send(
        "POST", path, body, Map.of("x-api-key", sim.host.adminApiKey(), "Idempotency-Key", "k1"));
  }

  private static Map<String, Object> group() {
    return Map.of("name", "g", "platform", "openai", "rate_multiplier", 1);
  }

  @Test
  void subscription_extend_is_replayed_instead_of_extended_twice() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);
    String path =
        "/api/v1/admin/subscriptions/"
            + Sim.ok(
                    sim.post(
                        "/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", g)))
                .get("id")
                .asLong()
            + "/extend";

    Http.Res first = keyed(path, Map.of("days", 5));
    Http.Res replay = keyed(path, Map.of("days", 5));

    assertThat(replay.header("X-Idempotency-Replayed")).isEqualTo("true");
    assertThat(replay.body()).isEqualTo(first.body());
  }

  @Test
  void group_create_ignores_the_key_and_answers_group_exists() {
    keyed("/api/v1/admin/groups", group());

    Http.Res second = keyed("/api/v1/admin/groups", group());

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("reason").asText()).isEqualTo("GROUP_EXISTS");
    assertThat(second.header("X-Idempotency-Replayed")).isNull();
  }

  @Test
  void user_and_channel_creates_ignore_the_key() {
    Map<String, Object> user = Map.of("email", "u@x.io", "password", "secret-pw");
    Map<String, Object> channel = Map.of("name", "c");
    keyed("/api/v1/admin/users", user);
    keyed("/api/v1/admin/channels", channel);

    Http.Res userAgain = keyed("/api/v1/admin/users", user);
    Http.Res channelAgain = keyed("/api/v1/admin/channels", channel);

    assertThat(userAgain.json().get("reason").asText()).isEqualTo("EMAIL_EXISTS");
    assertThat(channelAgain.json().get("reason").asText()).isEqualTo("CHANNEL_EXISTS");
  }

  @Test
  void subscription_assign_ignores_the_key_and_relies_on_reuse() {
    long g = sim.group("sub", "openai", Map.of("subscription_type", "subscription"));
    long u = sim.user("u@x.io", 0);
    String path = "/api/v1/admin/subscriptions/assign";
    long first = Sim.ok(keyed(path, Map.of("user_id", u, "group_id", g))).get("id").asLong();

    Http.Res again = keyed(path, Map.of("user_id", u, "group_id", g));

    assertThat(again.header("X-Idempotency-Replayed")).isNull();
    assertThat(again.data().get("id").asLong()).isEqualTo(first);
  }

  @Test
  void without_observe_only_a_missing_key_is_rejected_on_covered_routes_only() {
    sim.host.knobs(k -> k.idempotencyObserveOnly = false);

    Http.Res account =
        sim.post(
            "/api/v1/admin/accounts",
            Map.of(
                "name",
                "a",
                "platform",
                "openai",
                "type",
                "apikey",
                "credentials",
                Map.of("api_key", "sk-1")));
    Http.Res created = sim.post("/api/v1/admin/groups", group());

    assertThat(account.status()).isEqualTo(400);
    assertThat(account.json().get("reason").asText()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
    assertThat(created.status()).isEqualTo(200);
  }
}
