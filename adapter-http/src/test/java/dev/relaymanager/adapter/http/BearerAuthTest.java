package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BearerAuthTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_request_without_a_token_is_401_with_a_problem() {
    HttpResponse<String> response = api.send(api.unauthenticated("/api/hosts").GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(api.json(response).get("type").asText())
        .isEqualTo("https://relay-manager.dev/problems/unauthorized");
  }

  @Test
  void a_wrong_token_is_401_and_runs_nothing() {
    HttpResponse<String> response =
        api.send(
            api.unauthenticated("/api/hosts")
                .header("Authorization", "Bearer wrong-token-0123456789")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestApi.HOST_JSON)));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain(TestApi.TOKEN);
    assertThat(api.hosts.list()).isEmpty();
  }

  @Test
  void an_unknown_api_route_without_a_token_is_401_not_404() {
    HttpResponse<String> response = api.send(api.unauthenticated("/api/secret-route").GET());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void health_endpoints_need_no_token() {
    HttpResponse<String> health = api.send(api.unauthenticated("/healthz").GET());
    HttpResponse<String> ready = api.send(api.unauthenticated("/readyz").GET());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(ready.statusCode()).isEqualTo(200);
  }

  @Test
  void repeated_failures_from_one_client_are_rate_limited_even_with_the_right_token() {
    for (int i = 0; i < ApiServer.FAILED_AUTH_LIMIT; i++) {
      assertThat(wrongToken().statusCode()).isEqualTo(401);
    }

    HttpResponse<String> limited = wrongToken();
    HttpResponse<String> rightToken = api.get("/api/hosts");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(api.json(limited).get("code").asText()).isEqualTo("rate_limited");
    assertThat(rightToken.statusCode()).isEqualTo(429);
  }

  @Test
  void successful_requests_do_not_count_against_the_limit() {
    for (int i = 0; i < ApiServer.FAILED_AUTH_LIMIT * 2; i++) {
      api.get("/api/hosts");
    }

    HttpResponse<String> response = wrongToken();

    assertThat(response.statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> wrongToken() {
    return api.send(api.unauthenticated("/api/hosts").header("Authorization", "Bearer nope").GET());
  }
}
