package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestrictModelsTest {
  private static final Map<String, String> MAPPING =
      Map.of("deepseek-chat", "deepseek-chat", "x", "x", "alias", "deepseek-chat");
  private Sim sim;
  private long group;
  private String key;

  @BeforeEach
  void start() {
    sim = Sim.start(SimOptions.defaults().modelsCacheMillis(0));
    group = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, group);
    sim.user("u@x.io", 10);
    key = sim.userKey("u@x.io", group);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private long channel(String source, List<String> priced, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.put("name", "c");
    body.put("group_ids", List.of(group));
    body.put("restrict_models", true);
    body.put("billing_model_source", source);
    body.put("model_pricing", List.of(Map.of("platform", "openai", "models", priced)));
    return Sim.ok(sim.post("/api/v1/admin/channels", body)).get("id").asLong();
  }

  private String errorType(Http.Res r) {
    return r.json().get("error").get("type").asText();
  }

  @Test
  void a_mapped_model_missing_from_the_pricing_is_503_api_error() {
    channel("channel_mapped", List.of("deepseek-chat"), Map.of());

    Http.Res ok = sim.chat(key, "deepseek-chat");
    Http.Res refused = sim.chat(key, "x");

    assertThat(ok.status()).isEqualTo(200);
    assertThat(refused.status()).isEqualTo(503);
    assertThat(errorType(refused)).isEqualTo("api_error");
  }

  @Test
  void a_model_no_account_maps_is_404_model_not_found_even_when_priced() {
    channel("channel_mapped", List.of("deepseek-*"), Map.of());

    Http.Res r = sim.chat(key, "deepseek-reasoner");

    assertThat(r.status()).isEqualTo(404);
    assertThat(errorType(r)).isEqualTo("model_not_found");
  }

  @Test
  void pricing_patterns_match_case_insensitively_with_a_trailing_wildcard() {
    channel("channel_mapped", List.of("DEEPSEEK-*"), Map.of());

    Http.Res r = sim.chat(key, "deepseek-chat");

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void channel_mapped_source_checks_the_model_after_the_channel_mapping() {
    channel(
        "channel_mapped",
        List.of("deepseek-chat"),
        Map.of("model_mapping", Map.of("openai", Map.of("x", "deepseek-chat"))));

    Http.Res r = sim.chat(key, "x");

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void requested_source_checks_the_model_as_sent() {
    channel(
        "requested",
        List.of("deepseek-chat"),
        Map.of("model_mapping", Map.of("openai", Map.of("x", "deepseek-chat"))));

    Http.Res r = sim.chat(key, "x");

    assertThat(r.status()).isEqualTo(503);
  }

  @Test
  void upstream_source_checks_each_accounts_upstream_model() {
    channel("upstream", List.of("deepseek-chat"), Map.of());

    Http.Res viaAlias = sim.chat(key, "alias");
    Http.Res direct = sim.chat(key, "x");

    assertThat(viaAlias.status()).isEqualTo(200);
    assertThat(direct.status()).isEqualTo(503);
  }

  @Test
  void a_disabled_channel_restricts_nothing() {
    long id = channel("channel_mapped", List.of("deepseek-chat"), Map.of());
    Sim.ok(sim.put("/api/v1/admin/channels/" + id, Map.of("status", "disabled")));

    Http.Res r = sim.chat(key, "x");

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void the_handler_400_knob_restores_the_simulators_old_answer() {
    sim.host.knobs(k -> k.restrictModelsHandler400 = true);
    channel("channel_mapped", List.of("deepseek-chat"), Map.of());

    Http.Res r = sim.chat(key, "x");

    assertThat(r.status()).isEqualTo(400);
    assertThat(errorType(r)).isEqualTo("invalid_request_error");
  }
}
