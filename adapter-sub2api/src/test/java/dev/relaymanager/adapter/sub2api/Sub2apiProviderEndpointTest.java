package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sub2apiProviderEndpointTest {
  private static final Secret KEY = Secret.of(AccessSessions.UPSTREAM_KEY);
  private static final ModelId MODEL = new ModelId("deepseek-chat");

  private final FakeHost host = FakeHost.start();
  private final Sub2apiProviderEndpoint provider =
      AccessSessions.connector(MutableClock.ticking(Duration.ofMillis(25))).provider();

  @AfterEach
  void stop_host() {
    host.close();
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.deepseek.com, https://api.deepseek.com/v1/chat/completions",
    "https://api.moonshot.cn/v1, https://api.moonshot.cn/v1/chat/completions",
    "https://api.minimaxi.com/v1/, https://api.minimaxi.com/v1/chat/completions",
    "https://open.bigmodel.cn/api/paas/v4, https://open.bigmodel.cn/api/paas/v4/chat/completions",
    "https://dashscope.aliyuncs.com/compatible-mode/v1,"
        + " https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions",
    "https://x.example/custom/chat/completions, https://x.example/custom/chat/completions",
    "https://x.example/api, https://x.example/api/v1/chat/completions",
    "https://x.example/v1beta, https://x.example/v1beta/v1/chat/completions",
    "http://127.0.0.1:8080/upstream/zhipu/api/paas/v4,"
        + " http://127.0.0.1:8080/upstream/zhipu/api/paas/v4/chat/completions"
  })
  void the_chat_url_follows_the_host_rules(String base, String expected) {
    assertThat(ProviderUrls.chatCompletions(new BaseUrl(base))).hasToString(expected);
  }

  @Test
  void chat_posts_the_minimal_payload_with_the_upstream_key_as_bearer() {
    host.on(
        "POST",
        "/upstream/deepseek/v1/chat/completions",
        Canned.json(
            200, "{\"model\":\"deepseek-chat\",\"choices\":[{\"finish_reason\":\"stop\"}]}"));

    ChatAnswer answer = provider.chat(base("/upstream/deepseek"), KEY, MODEL, 8);

    assertThat(answer)
        .isEqualTo(new ChatAnswer.Completed("deepseek-chat", "stop", Duration.ofMillis(25)));
    RecordedRequest request = host.requests().get(0);
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + AccessSessions.UPSTREAM_KEY);
    assertThat(request.header("x-api-key")).isNull();
    assertThat(request.body())
        .isEqualTo(
            "{\"model\":\"deepseek-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}],"
                + "\"max_tokens\":8,\"stream\":false}");
  }

  @Test
  void deepseek_402_keeps_type_and_message() {
    host.on(
        "POST",
        "/v1/chat/completions",
        Canned.json(
            402, "{\"error\":{\"message\":\"Insufficient Balance\",\"type\":\"unknown_error\"}}"));

    assertThat(refusal(provider.chat(base(""), KEY, MODEL, 8)))
        .isEqualTo(new GatewayRefusal(402, "unknown_error", "Insufficient Balance"));
  }

  @Test
  void zhipu_code_only_error_keeps_the_code() {
    host.on(
        "POST",
        "/api/paas/v4/chat/completions",
        Canned.json(429, "{\"error\":{\"code\":\"1113\",\"message\":\"您的账户已欠费，请充值后重试\"}}"));

    assertThat(refusal(provider.chat(base("/api/paas/v4"), KEY, MODEL, 8)))
        .isEqualTo(new GatewayRefusal(429, "1113", "您的账户已欠费，请充值后重试"));
  }

  @Test
  void minimax_failure_inside_a_200_is_a_refusal_with_its_status_code() {
    host.on(
        "POST",
        "/v1/chat/completions",
        Canned.json(
            200,
            "{\"choices\":null,\"base_resp\":{\"status_code\":1008,"
                + "\"status_msg\":\"insufficient balance\"}}"));

    assertThat(refusal(provider.chat(base("/v1"), KEY, MODEL, 8)))
        .isEqualTo(new GatewayRefusal(200, "1008", "insufficient balance"));
  }

  @Test
  void an_echoed_upstream_key_is_masked() {
    host.on(
        "POST",
        "/v1/chat/completions",
        Canned.json(
            401,
            "{\"error\":{\"message\":\"Incorrect API key provided: "
                + AccessSessions.UPSTREAM_KEY
                + "\",\"type\":\"incorrect_api_key_error\"}}"));

    GatewayRefusal refusal = refusal(provider.chat(base("/v1"), KEY, MODEL, 8));

    assertThat(refusal.code()).isEqualTo("incorrect_api_key_error");
    assertThat(refusal.message()).doesNotContain(AccessSessions.UPSTREAM_KEY).contains("***");
  }

  @Test
  void an_unreachable_provider_is_a_network_refusal() {
    ChatAnswer answer = provider.chat(TestSessions.closedPort(), KEY, MODEL, 8);

    assertThat(refusal(answer).httpStatus()).isZero();
    assertThat(refusal(answer).code()).isEqualTo("network_error");
  }

  private BaseUrl base(String path) {
    return new BaseUrl(host.baseUrl().value() + path);
  }

  private static GatewayRefusal refusal(ChatAnswer answer) {
    assertThat(answer).isInstanceOf(ChatAnswer.Refused.class);
    return ((ChatAnswer.Refused) answer).refusal();
  }
}
