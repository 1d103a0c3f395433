package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.GroupPlatformProbe;
import dev.relaymanager.adapter.sub2api.wire.VersionInfo;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminApiTest {
  private static final String VERSION = "/api/v1/admin/system/version";
  private static final String GROUPS = "/api/v1/admin/groups";

  private final FakeHost host = FakeHost.start();
  private final HostJson json = new HostJson();
  private final AdminApi api = TestSessions.apiKeyApi(host.baseUrl(), TestSessions.FAST);

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void a_success_envelope_yields_its_data() {
    host.on("GET", VERSION, ContractFixtures.answer(200, "version.json"));

    VersionInfo info = api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(info.version()).isEqualTo("0.1.190");
  }

  @Test
  void admin_calls_send_the_key_json_accept_and_english() {
    host.on("GET", VERSION, ContractFixtures.answer(200, "version.json"));

    api.get(VERSION, VersionInfo.class);

    RecordedRequest request = host.requests().get(0);
    assertThat(request.header("x-api-key")).isEqualTo(TestSessions.ADMIN_KEY);
    assertThat(request.header("accept")).isEqualTo("application/json");
    assertThat(request.header("accept-language")).isEqualTo("en");
  }

  @Test
  void writes_send_a_json_body() {
    host.on("POST", GROUPS, Canned.data("{\"id\":7}"));

    api.post(GROUPS, new GroupPlatformProbe("openai"), any());

    RecordedRequest request = host.requests().get(0);
    assertThat(request.header("content-type")).isEqualTo("application/json");
    assertThat(request.body()).isEqualTo("{\"platform\":\"openai\"}");
  }

  @Test
  void a_non_zero_code_on_http_200_is_a_rejection() {
    host.on("GET", VERSION, Canned.json(200, "{\"code\":500,\"message\":\"internal error\"}"));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> api.get(VERSION, VersionInfo.class).orThrow());

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.REJECTED);
    assertThat(rejected.httpStatus()).isEqualTo(200);
  }

  @Test
  void an_int_code_and_a_string_code_are_both_read() {
    host.on("GET", "/a", Canned.appError(404, "GROUP_NOT_FOUND", "group not found"));
    host.on("GET", "/b", Canned.middleware(401, "INVALID_ADMIN_KEY", "Invalid admin API key"));

    HostError handler = api.get("/a", any()).failure().orElseThrow();
    HostError middleware = api.get("/b", any()).failure().orElseThrow();

    assertThat(handler.code()).isEqualTo("404");
    assertThat(handler.hostCode()).isEqualTo("GROUP_NOT_FOUND");
    assertThat(middleware.code()).isEqualTo("INVALID_ADMIN_KEY");
    assertThat(middleware.shape()).isEqualTo(HostError.Shape.MIDDLEWARE);
  }

  @Test
  void each_error_shape_is_told_apart_over_http() {
    host.on("GET", "/handler", ContractFixtures.answer(500, "error-internal.json"));
    host.on("GET", "/warning", ContractFixtures.answer(409, "error-mixed-channel.json"));
    host.on("GET", "/spa", new Canned(200, "text/html", "<!doctype html><html></html>"));

    List<HostError.Shape> shapes =
        List.of("/handler", "/warning", "/missing", "/spa").stream()
            .map(path -> api.get(path, any()).failure().orElseThrow().shape())
            .toList();

    assertThat(shapes)
        .containsExactly(
            HostError.Shape.HANDLER,
            HostError.Shape.WARNING,
            HostError.Shape.UNENVELOPED,
            HostError.Shape.UNENVELOPED);
    assertThat(api.get("/missing", any()).failure().orElseThrow().routeMissing()).isTrue();
  }

  @Test
  void a_refused_key_is_an_authentication_failure_whose_message_hides_the_key() {
    String echo = "Invalid admin API key " + TestSessions.ADMIN_KEY;
    host.on("GET", VERSION, Canned.middleware(401, "INVALID_ADMIN_KEY", echo));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> api.get(VERSION, VersionInfo.class).orThrow());

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("INVALID_ADMIN_KEY");
    assertThat(rejected.getMessage()).doesNotContain(TestSessions.ADMIN_KEY).contains("***");
  }

  @Test
  void a_get_is_retried_on_503_until_it_succeeds() {
    host.onSequence(
        "GET", VERSION, Canned.text(503, "busy"), ContractFixtures.answer(200, "version.json"));

    VersionInfo info = api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(info.version()).isEqualTo("0.1.190");
    assertThat(host.count("GET", VERSION)).isEqualTo(2);
  }

  @Test
  void a_get_is_retried_on_429_at_most_max_read_retries_times() {
    host.on("GET", VERSION, Canned.middleware(429, "RATE_LIMITED", "slow down"));

    HostError error = api.get(VERSION, VersionInfo.class).failure().orElseThrow();

    assertThat(error.status()).isEqualTo(429);
    assertThat(host.count("GET", VERSION)).isEqualTo(1 + TestSessions.FAST.maxReadRetries());
  }

  @Test
  void a_post_is_never_retried_even_on_503() {
    host.on("POST", GROUPS, Canned.text(503, "busy"));

    HostError error = api.post(GROUPS, Map.of(), any()).failure().orElseThrow();

    assertThat(error.status()).isEqualTo(503);
    assertThat(host.count("POST", GROUPS)).isEqualTo(1);
  }

  @Test
  void a_post_is_never_retried_after_a_transport_error() {
    AdminApi unreachable = TestSessions.apiKeyApi(TestSessions.closedPort(), TestSessions.FAST);

    assertThatThrownBy(() -> unreachable.post(GROUPS, Map.of(), any()))
        .isInstanceOf(HostUnreachableException.class)
        .hasMessageContaining("POST " + GROUPS);
  }

  @Test
  void a_refused_connection_is_unreachable() {
    AdminApi unreachable = TestSessions.apiKeyApi(TestSessions.closedPort(), TestSessions.FAST);

    assertThatThrownBy(() -> unreachable.get(VERSION, VersionInfo.class))
        .isInstanceOf(HostUnreachableException.class)
        .hasMessageContaining("cannot reach")
        .hasMessageNotContaining(TestSessions.ADMIN_KEY);
  }

  @Test
  void a_host_that_does_not_answer_in_time_is_unreachable() {
    host.hang("GET", VERSION);
    Sub2apiSettings impatient =
        new Sub2apiSettings(Duration.ofSeconds(2), Duration.ofMillis(300), 0, Duration.ZERO);
    AdminApi slow = TestSessions.apiKeyApi(host.baseUrl(), impatient);

    assertThatThrownBy(() -> slow.get(VERSION, VersionInfo.class))
        .isInstanceOf(HostUnreachableException.class)
        .hasMessageContaining("HttpTimeoutException");
  }

  @Test
  void get_all_walks_every_page_with_page_size_1000() {
    host.on("GET", GROUPS, request -> Canned.data(page(request.query())));

    List<JsonNode> groups = api.<JsonNode>getAll(GROUPS + "?search=rm-", any()).orThrow();

    assertThat(groups).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
    assertThat(host.requests())
        .extracting(RecordedRequest::query)
        .containsExactly(
            "search=rm-&page=1&page_size=1000",
            "search=rm-&page=2&page_size=1000",
            "search=rm-&page=3&page_size=1000");
  }

  @Test
  void get_all_stops_at_the_first_refused_page() {
    host.onSequence(
        "GET",
        GROUPS,
        Canned.data("{\"items\":[1],\"total\":3,\"page\":1,\"page_size\":1,\"pages\":3}"),
        Canned.appError(500, "INTERNAL", "boom"));

    HostOutcome<List<JsonNode>> outcome = api.getAll(GROUPS, any());

    assertThat(outcome.failure()).isPresent();
    assertThat(host.count("GET", GROUPS)).isEqualTo(2);
  }

  private static String page(String query) {
    int number = Integer.parseInt(query.replaceAll(".*page=(\\d+)&.*", "$1"));
    return "{\"items\":["
        + number
        + "],\"total\":3,\"page\":"
        + number
        + ",\"page_size\":1000,\"pages\":3}";
  }

  private JavaType any() {
    return json.type(JsonNode.class);
  }
}
