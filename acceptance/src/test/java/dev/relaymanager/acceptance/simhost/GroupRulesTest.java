package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.simhost.state.Knobs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupRulesTest {
  private static final String P = "/api/v1/admin/groups";
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private static Map<String, Object> limits() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "limits");
    body.put("platform", "openai");
    body.put("rate_multiplier", 1);
    body.put("daily_limit_usd", null);
    body.put("weekly_limit_usd", -1);
    body.put("monthly_limit_usd", 30);
    return body;
  }

  @Test
  void create_without_a_positive_rate_multiplier_is_a_500() {
    Http.Res omitted = sim.post(P, Map.of("name", "a", "platform", "openai"));
    Http.Res zero = sim.post(P, Map.of("name", "b", "platform", "openai", "rate_multiplier", 0));

    assertThat(omitted.status()).isEqualTo(500);
    assertThat(omitted.json().get("message").asText()).isEqualTo("internal error");
    assertThat(zero.status()).isEqualTo(500);
    assertThat(Sim.ok(sim.get(P)).get("total").asInt()).isZero();
  }

  @Test
  void older_builds_store_an_omitted_rate_multiplier_as_zero() {
    sim.host.knobs(k -> k.groupRateRequired = false);

    JsonNode g = Sim.ok(sim.post(P, Map.of("name", "a", "platform", "openai")));

    assertThat(g.get("rate_multiplier").asDouble()).isZero();
  }

  @Test
  void explicit_null_limit_is_stored_as_zero_negative_and_omitted_as_null() {
    Map<String, Object> body = limits();
    body.remove("monthly_limit_usd");

    JsonNode g = Sim.ok(sim.post(P, body));

    assertThat(g.get("daily_limit_usd").asDouble()).isZero();
    assertThat(g.get("daily_limit_usd").isNull()).isFalse();
    assertThat(g.get("weekly_limit_usd").isNull()).isTrue();
    assertThat(g.get("monthly_limit_usd").isNull()).isTrue();
  }

  @Test
  void an_empty_string_limit_is_stored_as_zero_and_a_positive_one_as_sent() {
    Map<String, Object> body = limits();
    body.put("daily_limit_usd", "");

    JsonNode g = Sim.ok(sim.post(P, body));

    assertThat(g.get("daily_limit_usd").asDouble()).isZero();
    assertThat(g.get("monthly_limit_usd").asDouble()).isEqualTo(30);
  }

  @Test
  void as_sent_storage_keeps_null_and_minus_one() {
    sim.host.knobs(k -> k.groupLimitStorage = Knobs.LIMITS_AS_SENT);

    JsonNode g = Sim.ok(sim.post(P, limits()));

    assertThat(g.get("daily_limit_usd").isNull()).isTrue();
    assertThat(g.get("weekly_limit_usd").asDouble()).isEqualTo(-1);
  }

  @Test
  void the_fork_storage_turns_null_into_minus_one() {
    sim.host.knobs(k -> k.groupLimitStorage = Knobs.LIMITS_NULL_MINUS_ONE);

    JsonNode g = Sim.ok(sim.post(P, limits()));

    assertThat(g.get("daily_limit_usd").asDouble()).isEqualTo(-1);
  }

  private String subscriberKeyForZeroLimitGroup() {
    Map<String, Object> extra = new HashMap<>();
    extra.put("subscription_type", "subscription");
    extra.put("daily_limit_usd", null);
    long g = sim.group("zero", "openai", extra);
    sim.account("a", "sk-sim-ok-1", Map.of("deepseek-chat", "deepseek-chat"), g);
    long u = sim.user("u@x.io", 0);
    Sim.ok(sim.post("/api/v1/admin/subscriptions/assign", Map.of("user_id", u, "group_id", g)));
    return sim.userKey("u@x.io", g);
  }

  @Test
  void a_zero_limit_is_enforced_as_unlimited() {
    String key = subscriberKeyForZeroLimitGroup();

    Http.Res r = sim.chat(key, "deepseek-chat");

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void the_strict_zero_knob_makes_a_zero_limit_block_usage() {
    String key = subscriberKeyForZeroLimitGroup();
    sim.host.knobs(k -> k.strictZeroLimit = true);

    Http.Res r = sim.chat(key, "deepseek-chat");

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().get("code").asText()).isEqualTo("USAGE_LIMIT_EXCEEDED");
  }
}
