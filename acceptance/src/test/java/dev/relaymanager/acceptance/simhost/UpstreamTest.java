package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.acceptance.simhost.upstream.UpstreamUrls;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamTest {

  @Test
  void base_urls_become_chat_completions_urls_as_the_host_builds_them() {
    assertThat(UpstreamUrls.chatCompletions("https://api.deepseek.com", false))
        .isEqualTo("https://api.deepseek.com/v1/chat/completions");
    assertThat(UpstreamUrls.chatCompletions("https://api.moonshot.cn/v1", false))
        .isEqualTo("https://api.moonshot.cn/v1/chat/completions");
    assertThat(UpstreamUrls.chatCompletions("https://open.bigmodel.cn/api/paas/v4", false))
        .isEqualTo("https://open.bigmodel.cn/api/paas/v4/chat/completions");
    assertThat(UpstreamUrls.chatCompletions("https://x.example/chat/completions", true))
        .isEqualTo("https://x.example/chat/completions");
  }

  @Test
  void old_build_zhipu_bug_doubles_the_version_and_the_provider_answers_404() {
    assertThat(UpstreamUrls.chatCompletions("https://open.bigmodel.cn/api/paas/v4", true))
        .isEqualTo("https://open.bigmodel.cn/api/paas/v4/v1/chat/completions");
    assertThat(UpstreamUrls.servesChat("/api/paas/v4/v1/chat/completions")).isFalse();
    assertThat(UpstreamUrls.servesChat("/api/paas/v4/chat/completions")).isTrue();
  }

  @Test
  void zhipu_account_test_fails_with_404_when_the_old_build_knob_is_on() {
    try (Sim sim = Sim.start(SimOptions.defaults().knobs(k -> k.zhipuUrlBug = true))) {
      long id =
          Sim.ok(
                  sim.post(
                      "/api/v1/admin/accounts",
                      Map.of(
                          "name",
                          "z",
                          "platform",
                          "openai",
                          "type",
                          "apikey",
                          "credentials",
                          Map.of(
                              "api_key",
                              "sk-1",
                              "base_url",
                              "https://open.bigmodel.cn/api/paas/v4"))))
              .get("id")
              .asLong();

      Http.Res r =
          sim.post("/api/v1/admin/accounts/" + id + "/test", Map.of("model_id", "glm-4.6"));

      assertThat(r.body()).contains("API returned 404");
      assertThat(sim.host.snapshot().get("upstream_calls").toString())
          .contains("/api/paas/v4/v1/chat/completions");
    }
  }

  @Test
  void the_provider_is_reachable_directly_on_the_simulator() {
    try (Sim sim = Sim.start()) {
      Http.Res models =
          sim.http.send("GET", "/upstream/deepseek/v1/models", null, Sim.bearer("sk-any"));
      Http.Res chat =
          sim.http.send(
              "POST",
              "/upstream/v1/chat/completions",
              Map.of("model", "sim-chat"),
              Sim.bearer("sk-sim-ok-1"));
      Http.Res badAuth =
          sim.http.send(
              "POST",
              "/upstream/v1/chat/completions",
              Map.of("model", "sim-chat"),
              Sim.bearer("sk-sim-badauth-1"));
      Http.Res zhipuQuota =
          sim.http.send(
              "POST",
              "/upstream/zhipu/api/paas/v4/chat/completions",
              Map.of("model", "glm-4.6"),
              Sim.bearer("sk-sim-noquota-1"));

      assertThat(models.json().get("data").get(0).get("id").asText()).isEqualTo("deepseek-chat");
      assertThat(chat.json().get("choices")).hasSize(1);
      assertThat(badAuth.status()).isEqualTo(401);
      assertThat(zhipuQuota.status()).isEqualTo(429);
      assertThat(zhipuQuota.json().get("error").get("code").asText()).isEqualTo("1113");
    }
  }

  @Test
  void an_account_may_point_at_the_simulators_own_upstream_path() {
    try (Sim sim = Sim.start()) {
      long id =
          Sim.ok(
                  sim.post(
                      "/api/v1/admin/accounts",
                      Map.of(
                          "name",
                          "s",
                          "platform",
                          "openai",
                          "type",
                          "apikey",
                          "credentials",
                          Map.of(
                              "api_key",
                              "sk-sim-ok-1",
                              "base_url",
                              sim.host.upstreamBaseUrl("moonshot")))))
              .get("id")
              .asLong();

      Http.Res r =
          sim.post(
              "/api/v1/admin/accounts/" + id + "/test", Map.of("model_id", "kimi-k2-0905-preview"));

      assertThat(r.body()).contains("\"success\":true");
    }
  }

  @Test
  void explicit_behaviour_overrides_the_key_prefix() {
    try (Sim sim = Sim.start()) {
      sim.http.send(
          "PUT", "/_sim/upstream/keys/plain-key", Map.of("behavior", "ratelimit"), Map.of());

      Http.Res r =
          sim.http.send(
              "POST",
              "/upstream/v1/chat/completions",
              Map.of("model", "sim-chat"),
              Sim.bearer("plain-key"));

      assertThat(r.status()).isEqualTo(429);
    }
  }
}
