package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Sub2apiHostGatewayTest {
  private static final Secret KEY = Secret.of(AccessSessions.USER_KEY);
  private static final ModelId MODEL = new ModelId("deepseek-chat");

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostGateway gateway =
      AccessSessions.connector(MutableClock.ticking(Duration.ofMillis(40))).gateway(host.baseUrl());

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void models_sends_the_key_as_bearer_only_and_reads_trimmed_unique_ids() {
    host.on(
        "GET",
        "/v1/models",
        Canned.json(
            200,
            "{\"object\":\"list\",\"data\":[{\"id\":\" deepseek-chat \",\"type\":\"model\"},"
                + "{\"id\":\"deepseek-chat\"},{\"id\":\"deepseek-reasoner\"},{\"id\":7},{}]}"));

    ModelListing listing = gateway.listModels(KEY);

    assertThat(listing)
        .isEqualTo(
            new ModelListing.Listed(
                List.of("deepseek-chat", "deepseek-reasoner"), Duration.ofMillis(40)));
    RecordedRequest request = host.requests().get(0);
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + AccessSessions.USER_KEY);
    assertThat(request.header("x-api-key")).isNull();
    assertThat(request.query()).isEmpty();
  }

  @Test
  void models_with_data_that_is_not_a_list_is_a_refusal() {
    host.on("GET", "/v1/models", Canned.json(200, "{\"object\":\"list\",\"data\":{}}"));

    ModelListing listing = gateway.listModels(KEY);

    assertThat(refusal(listing).code()).isEqualTo(GatewayReader.INVALID_RESPONSE);
  }

  @Test
  void a_middleware_refusal_keeps_its_string_code() {
    host.on(
        "GET",
        "/v1/models",
        Canned.middleware(403, "INSUFFICIENT_BALANCE", "Insufficient account balance"));

    assertThat(refusal(gateway.listModels(KEY)))
        .isEqualTo(new GatewayRefusal(403, "INSUFFICIENT_BALANCE", "Insufficient account balance"));
  }

  @Test
  void a_transient_status_is_not_retried() {
    host.on(
        "GET",
        "/v1/models",
        Canned.json(503, "{\"error\":{\"type\":\"api_error\",\"message\":\"No available\"}}"));

    assertThat(refusal(gateway.listModels(KEY)).httpStatus()).isEqualTo(503);
    assertThat(host.count("GET", "/v1/models")).isEqualTo(1);
  }

  @Test
  void chat_posts_the_minimal_payload_and_reads_the_completion() {
    host.on(
        "POST",
        "/v1/chat/completions",
        Canned.json(
            200,
            "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"deepseek-chat\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + "\"pong\"},\"finish_reason\":\"length\"}],\"usage\":{}}"));

    ChatAnswer answer = gateway.chat(KEY, MODEL, 8);

    assertThat(answer)
        .isEqualTo(new ChatAnswer.Completed("deepseek-chat", "length", Duration.ofMillis(40)));
    RecordedRequest request = host.requests().get(0);
    assertThat(request.body())
        .isEqualTo(
            "{\"model\":\"deepseek-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}],"
                + "\"max_tokens\":8,\"stream\":false}");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + AccessSessions.USER_KEY);
    assertThat(request.header("x-api-key")).isNull();
  }

  @Test
  void chat_reads_the_openai_error_type() {
    host.on(
        "POST",
        "/v1/chat/completions",
        Canned.json(
            404, "{\"error\":{\"type\":\"model_not_found\",\"message\":\"Model not supported\"}}"));

    assertThat(refusal(gateway.chat(KEY, MODEL, 8)))
        .isEqualTo(new GatewayRefusal(404, "model_not_found", "Model not supported"));
  }

  @Test
  void chat_reads_the_anthropic_error_type() {
    host.on(
        "POST",
        "/v1/chat/completions",
        Canned.json(
            403,
            "{\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":"
                + "\"key has no group\"}}"));

    assertThat(refusal(gateway.chat(KEY, MODEL, 8)))
        .isEqualTo(new GatewayRefusal(403, "permission_error", "key has no group"));
  }

  @Test
  void chat_without_choices_is_a_refusal() {
    host.on("POST", "/v1/chat/completions", Canned.json(200, "{\"object\":\"chat.completion\"}"));

    assertThat(refusal(gateway.chat(KEY, MODEL, 8)).code())
        .isEqualTo(GatewayReader.INVALID_RESPONSE);
  }

  @Test
  void a_page_that_is_not_json_is_a_refusal_that_does_not_quote_it() {
    host.on("POST", "/v1/chat/completions", new Canned(502, "text/html", "<html>bad gw</html>"));

    GatewayRefusal refusal = refusal(gateway.chat(KEY, MODEL, 8));

    assertThat(refusal.httpStatus()).isEqualTo(502);
    assertThat(refusal.message()).doesNotContain("bad gw").contains("text/html");
  }

  @Test
  void an_echoed_key_is_masked_in_the_refusal() {
    host.on(
        "GET",
        "/v1/models",
        Canned.middleware(401, "INVALID_API_KEY", "unknown key " + AccessSessions.USER_KEY));

    assertThat(refusal(gateway.listModels(KEY)).message())
        .doesNotContain(AccessSessions.USER_KEY)
        .contains("***");
  }

  @Test
  void an_unreachable_gateway_is_a_network_refusal_not_an_exception() {
    Sub2apiHostGateway closed =
        AccessSessions.connector(MutableClock.ticking(Duration.ofMillis(5)))
            .gateway(TestSessions.closedPort());

    ChatAnswer answer = closed.chat(KEY, MODEL, 8);

    GatewayRefusal refusal = refusal(answer);
    assertThat(refusal.httpStatus()).isZero();
    assertThat(refusal.code()).isEqualTo("network_error");
    assertThat(refusal.message()).doesNotContain(AccessSessions.USER_KEY);
  }

  @Test
  void a_gateway_that_never_answers_times_out_as_a_network_refusal() {
    host.hang("GET", "/v1/models");
    Sub2apiSettings quick =
        new Sub2apiSettings(Duration.ofSeconds(1), Duration.ofMillis(300), 2, Duration.ZERO);
    Sub2apiHostGateway slow =
        new Sub2apiAccessConnector(quick, MutableClock.at("2026-11-01T00:00:00Z"))
            .gateway(host.baseUrl());

    ModelListing listing = slow.listModels(KEY);

    assertThat(refusal(listing).code()).isEqualTo("network_error");
    assertThat(host.count("GET", "/v1/models")).isEqualTo(1);
  }

  @Test
  void usage_reads_mode_validity_and_remaining() {
    host.on(
        "GET",
        "/v1/usage",
        Canned.json(
            200,
            "{\"mode\":\"unrestricted\",\"isValid\":true,\"planName\":\"rm\",\"remaining\":4.5,"
                + "\"unit\":\"USD\"}"));

    assertThat(gateway.usage(KEY))
        .isEqualTo(new UsageAnswer.Described("unrestricted", true, "4.5"));
  }

  @Test
  void usage_refused_keeps_the_code() {
    host.on("GET", "/v1/usage", Canned.middleware(401, "INVALID_API_KEY", "Invalid API key"));

    assertThat(gateway.usage(KEY))
        .isEqualTo(
            new UsageAnswer.Refused(new GatewayRefusal(401, "INVALID_API_KEY", "Invalid API key")));
  }

  private static GatewayRefusal refusal(ModelListing listing) {
    assertThat(listing).isInstanceOf(ModelListing.Refused.class);
    return ((ModelListing.Refused) listing).refusal();
  }

  private static GatewayRefusal refusal(ChatAnswer answer) {
    assertThat(answer).isInstanceOf(ChatAnswer.Refused.class);
    return ((ChatAnswer.Refused) answer).refusal();
  }
}
