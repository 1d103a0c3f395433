package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountTestSseTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private List<JsonNode> events(Http.Res r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String frame : r.body().split("\n\n")) {
      assertThat(frame).startsWith("data: ");
      out.add(mapper.readTree(frame.substring("data: ".length())));
    }
    return out;
  }

  private Http.Res test(long id, String model) {
    return sim.post(
        "/api/v1/admin/accounts/" + id + "/test",
        model == null ? Map.of() : Map.of("model_id", model, "prompt", ""));
  }

  private JsonNode account(long id) {
    return Sim.ok(sim.get("/api/v1/admin/accounts/" + id));
  }

  @Test
  void success_stream_has_only_data_frames_and_ends_with_test_complete() throws Exception {
    long id = sim.account("a", "sk-sim-ok-1", Map.of("deepseek-v3", "deepseek-chat"), null);

    Http.Res r = test(id, "deepseek-v3");

    List<JsonNode> events = events(r);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/event-stream");
    assertThat(r.body()).doesNotContain("event:").doesNotContain("[DONE]").endsWith("\n\n");
    assertThat(events.get(0).get("type").asText()).isEqualTo("test_start");
    assertThat(events.get(0).get("model").asText()).isEqualTo("deepseek-chat");
    assertThat(events.get(1).get("text").asText()).contains("测试连接");
    assertThat(events).anyMatch(e -> e.get("type").asText().equals("content"));
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("test_complete");
    assertThat(last.get("success").asBoolean()).isTrue();
  }

  @Test
  void bad_key_ends_with_an_error_frame_and_marks_the_account_error() throws Exception {
    long id = sim.account("a", "sk-sim-badauth-1", Map.of("deepseek-chat", "deepseek-chat"), null);

    List<JsonNode> events = events(test(id, "deepseek-chat"));

    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("error");
    assertThat(last.get("error").asText()).startsWith("API returned 401: {");
    assertThat(last.has("success")).isFalse();
    assertThat(account(id).get("status").asText()).isEqualTo("error");
    assertThat(account(id).get("error_message").asText()).contains("401");
  }

  @Test
  void rate_limited_key_marks_the_account_rate_limited() throws Exception {
    long id = sim.account("a", "sk-sim-ratelimit-1", Map.of(), null);

    List<JsonNode> events = events(test(id, "deepseek-chat"));

    assertThat(events.get(events.size() - 1).get("error").asText()).startsWith("API returned 429");
    assertThat(account(id).get("rate_limit_reset_at").isNull()).isFalse();
    assertThat(account(id).get("status").asText()).isEqualTo("active");
  }

  @Test
  void no_quota_key_reports_the_provider_error_text() throws Exception {
    long id = sim.account("a", "sk-sim-noquota-1", Map.of(), null);

    List<JsonNode> events = events(test(id, "deepseek-chat"));

    assertThat(events.get(events.size() - 1).get("error").asText())
        .startsWith("API returned 402")
        .contains("Insufficient Balance");
  }

  @Test
  void without_model_id_the_default_gpt_model_is_rejected_by_the_cn_provider() throws Exception {
    long id = sim.account("a", "sk-sim-ok-1", Map.of("deepseek-chat", "deepseek-chat"), null);

    List<JsonNode> events = events(test(id, null));

    assertThat(events.get(0).get("model").asText()).isEqualTo("gpt-5.4");
    assertThat(events.get(events.size() - 1).get("type").asText()).isEqualTo("error");
    assertThat(events.get(events.size() - 1).get("error").asText()).startsWith("API returned 400");
  }

  @Test
  void default_test_models_follow_their_knobs() throws Exception {
    sim.host.knobs(
        k -> {
          k.defaultOpenaiTestModel = "gpt-5.1-codex";
          k.defaultClaudeTestModel = "claude-old";
        });
    long openai = sim.account("a", "sk-sim-ok-1", Map.of(), null);
    long claude =
        Sim.ok(
                sim.post(
                    "/api/v1/admin/accounts",
                    Map.of(
                        "name",
                        "c",
                        "platform",
                        "anthropic",
                        "type",
                        "apikey",
                        "credentials",
                        Map.of("api_key", "sk-sim-ok-2"))))
            .get("id")
            .asLong();

    List<JsonNode> openaiEvents = events(test(openai, null));
    List<JsonNode> claudeEvents = events(test(claude, null));

    assertThat(openaiEvents.get(0).get("model").asText()).isEqualTo("gpt-5.1-codex");
    assertThat(claudeEvents.get(0).get("model").asText()).isEqualTo("claude-old");
  }

  @Test
  void success_clears_a_previous_error_state() throws Exception {
    long id = sim.account("a", "sk-sim-badauth-1", Map.of(), null);
    events(test(id, "deepseek-chat"));
    sim.host.upstreamBehavior(
        "sk-sim-badauth-1", dev.relaymanager.acceptance.simhost.state.UpstreamBehavior.OK);

    events(test(id, "deepseek-chat"));

    assertThat(account(id).get("status").asText()).isEqualTo("active");
    assertThat(account(id).get("error_message").asText()).isEmpty();
  }

  @Test
  void unknown_account_is_an_early_error_frame_and_a_bad_id_a_json_400() throws Exception {
    Http.Res missing = test(999, "deepseek-chat");
    Http.Res bad = sim.post("/api/v1/admin/accounts/abc/test", Map.of());

    assertThat(events(missing).get(0).get("error").asText()).isEqualTo("Account not found");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("code").asInt()).isEqualTo(400);
  }
}
