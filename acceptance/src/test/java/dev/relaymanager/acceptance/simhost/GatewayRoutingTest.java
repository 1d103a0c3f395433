package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayRoutingTest {
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

  private List<String> modelIds(Http.Res r) {
    List<String> ids = new ArrayList<>();
    r.json().get("data").forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  @Test
  void models_are_the_union_of_mapping_keys_of_schedulable_accounts() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    sim.account("b", "sk-sim-ok-2", Map.of("deepseek-reasoner", "deepseek-reasoner"), g);
    long paused = sim.account("c", "sk-sim-ok-3", Map.of("hidden", "hidden"), g);
    sim.post("/api/v1/admin/accounts/" + paused + "/schedulable", Map.of("schedulable", false));
    String key = standardKey(g, 10);

    Http.Res r = sim.gateway("GET", "/v1/models", key, null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("object").asText()).isEqualTo("list");
    assertThat(modelIds(r)).containsExactlyInAnyOrder("deepseek-chat", "deepseek-reasoner");
  }

  @Test
  void models_fall_back_to_gpt_defaults_without_mappings() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", Map.of(), g);

    Http.Res r = sim.gateway("GET", "/v1/models", standardKey(g, 10), null);

    assertThat(modelIds(r)).allMatch(id -> id.startsWith("gpt-"));
  }

  @Test
  void models_list_is_cached_for_the_configured_time() {
    sim.host.knobs(k -> k.modelsCacheMillis = 3_600_000);
    long g = sim.openaiGroup("g");
    String key = standardKey(g, 10);
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    Http.Res first = sim.gateway("GET", "/v1/models", key, null);

    sim.account("b", "sk-sim-ok-2", Map.of("new-model", "new-model"), g);
    Http.Res cached = sim.gateway("GET", "/v1/models", key, null);
    sim.host.knobs(k -> k.modelsCacheMillis = 0);
    Http.Res fresh = sim.gateway("GET", "/v1/models", key, null);

    assertThat(modelIds(cached)).isEqualTo(modelIds(first));
    assertThat(modelIds(fresh)).contains("new-model");
  }

  @Test
  void chat_rewrites_the_model_through_the_mapping_and_charges_the_balance() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", Map.of("deepseek-v3", "deepseek-chat"), g);
    String key = standardKey(g, 10);

    Http.Res r = sim.chat(key, "deepseek-v3");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("object").asText()).isEqualTo("chat.completion");
    assertThat(r.json().get("model").asText()).isEqualTo("deepseek-chat");
    assertThat(r.json().get("choices").get(0).get("message").get("content").asText())
        .isEqualTo("pong");
    assertThat(sim.host.<Double>withState(s -> s.tables.users.get(1).balance)).isLessThan(10);
  }

  @Test
  void chat_for_a_model_no_account_maps_is_404_model_not_found() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);
    String key = standardKey(g, 10);

    Http.Res r = sim.chat(key, "glm-4.6");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("error").get("type").asText()).isEqualTo("model_not_found");
    assertThat(r.json().get("error").get("message").asText()).contains("\"glm-4.6\"");
  }

  @Test
  void chat_without_any_usable_account_is_503_api_error() {
    long g = sim.openaiGroup("g");
    long a = sim.account("a", "sk-sim-ok-1", MAPPING, g);
    sim.host.withState(s -> s.account(a).orElseThrow().rateLimitResetAt = "2999-01-01T00:00:00Z");
    String key = standardKey(g, 10);

    Http.Res r = sim.chat(key, "deepseek-chat");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("error").get("type").asText()).isEqualTo("api_error");
    assertThat(r.json().get("error").get("message").asText())
        .isEqualTo("Service temporarily unavailable");
  }

  @Test
  void builds_before_the_model_not_found_split_answer_503_no_available_accounts() {
    sim.host.knobs(k -> k.modelNotFoundSplit = false);
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);

    Http.Res r = sim.chat(standardKey(g, 10), "glm-4.6");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("error").get("message").asText()).isEqualTo("No available accounts");
  }

  @Test
  void duplicate_bad_key_accounts_fail_over_through_all_of_them_and_end_in_502() {
    long g = sim.openaiGroup("g");
    long a1 = sim.account("dup", "sk-sim-badauth-1", MAPPING, g);
    long a2 = sim.account("dup", "sk-sim-badauth-1", MAPPING, g);
    String key = standardKey(g, 10);

    Http.Res r = sim.chat(key, "deepseek-chat");

    assertThat(r.status()).isEqualTo(502);
    assertThat(r.json().get("error").get("type").asText()).isEqualTo("upstream_error");
    assertThat(sim.host.<Integer>withState(s -> s.upstreamCalls.size())).isEqualTo(2);
    assertThat(Sim.ok(sim.get("/api/v1/admin/accounts/" + a1)).get("status").asText())
        .isEqualTo("error");
    assertThat(Sim.ok(sim.get("/api/v1/admin/accounts/" + a2)).get("status").asText())
        .isEqualTo("error");
  }

  @Test
  void failover_reaches_a_good_account_after_a_bad_one() {
    long g = sim.openaiGroup("g");
    sim.account("bad", "sk-sim-badauth-1", MAPPING, g);
    sim.account("good", "sk-sim-ok-1", MAPPING, g);

    Http.Res r = sim.chat(standardKey(g, 10), "deepseek-chat");

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void host_gap_key_works_directly_but_fails_through_the_host_with_502() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-hostgap-1", MAPPING, g);

    Http.Res direct =
        sim.http.send(
            "POST",
            "/upstream/deepseek/v1/chat/completions",
            Map.of("model", "deepseek-chat"),
            Sim.bearer("sk-sim-hostgap-1"));
    Http.Res viaHost = sim.chat(standardKey(g, 10), "deepseek-chat");

    assertThat(direct.status()).isEqualTo(200);
    assertThat(viaHost.status()).isEqualTo(502);
  }

  @Test
  void missing_model_is_an_invalid_request_error() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);

    Http.Res r =
        sim.gateway("POST", "/chat/completions", standardKey(g, 10), Map.of("messages", List.of()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").get("type").asText()).isEqualTo("invalid_request_error");
  }

  @Test
  void stream_request_answers_chunks_ending_with_done() {
    long g = sim.openaiGroup("g");
    sim.account("a", "sk-sim-ok-1", MAPPING, g);

    Http.Res r =
        sim.gateway(
            "POST",
            "/v1/chat/completions",
            standardKey(g, 10),
            Map.of("model", "deepseek-chat", "stream", true, "messages", List.of()));

    assertThat(r.body()).contains("chat.completion.chunk").endsWith("data: [DONE]\n\n");
  }
}
