package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void invalid_input_lists_every_violation_at_once_and_writes_nothing() {
    String json = "{\"name\":\"Bad Name\",\"url\":\"ftp://x\",\"admin_key_ref\":\"plain-secret\"}";

    HttpResponse<String> response = api.post("/api/hosts", json);

    assertProblem(response, 400, "invalid-input", "invalid_input");
    JsonNode body = api.json(response);
    assertThat(body.get("instance").asText()).isEqualTo("/api/hosts");
    assertThat(body.get("violations").findValuesAsText("path"))
        .containsExactly("name", "url", "admin_key_ref");
    assertThat(response.body()).doesNotContain("plain-secret");
    assertThat(api.hosts.list()).isEmpty();
  }

  @Test
  void an_unresolvable_secret_reference_is_invalid_input_and_writes_nothing() {
    String json = "{\"name\":\"sim\",\"url\":\"http://h.example\",\"admin_key_ref\":\"env:UNSET\"}";

    HttpResponse<String> response = api.post("/api/hosts", json);

    assertProblem(response, 400, "invalid-input", "invalid_input");
    assertThat(api.hosts.list()).isEmpty();
  }

  @Test
  void a_duplicate_name_is_a_conflict_and_keeps_the_first_host() {
    api.post("/api/hosts", TestApi.HOST_JSON);

    HttpResponse<String> response = api.post("/api/hosts", TestApi.HOST_JSON);

    assertProblem(response, 409, "conflict", "conflict");
    assertThat(api.hosts.list()).hasSize(1);
  }

  @Test
  void an_unknown_host_is_not_found() {
    HttpResponse<String> response = api.get("/api/hosts/nobody");

    assertProblem(response, 404, "not-found", "not_found");
    assertThat(api.json(response).get("detail").asText()).contains("nobody");
  }

  @Test
  void an_unknown_route_is_a_problem_not_the_default_page() {
    HttpResponse<String> response = api.get("/api/nothing-here");

    assertProblem(response, 404, "route-not-found", "route_not_found");
    assertThat(api.json(response).get("instance").asText()).isEqualTo("/api/nothing-here");
  }

  @Test
  void a_wrong_method_is_405() {
    HttpResponse<String> response = api.send(api.request("/api/hosts").PUT(body("{}")));

    assertProblem(response, 405, "method-not-allowed", "method_not_allowed");
  }

  @Test
  void a_malformed_body_is_400_and_writes_nothing() {
    HttpResponse<String> response = api.post("/api/hosts", "{\"name\": \"sim\", oops");

    assertProblem(response, 400, "malformed-json", "malformed_json");
    assertThat(response.body()).doesNotContain("oops");
    assertThat(api.hosts.list()).isEmpty();
  }

  @Test
  void an_empty_body_is_400() {
    HttpResponse<String> response = api.post("/api/hosts", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void an_unknown_field_is_reported_with_its_path() {
    String json = TestApi.HOST_JSON.replace("}", ",\"admin_key\":\"s3cr3t-value\"}");

    HttpResponse<String> response = api.post("/api/hosts", json);

    assertProblem(response, 400, "invalid-input", "invalid_input");
    assertThat(api.json(response).get("violations").get(0).get("path").asText())
        .isEqualTo("admin_key");
    assertThat(response.body()).doesNotContain("s3cr3t-value");
    assertThat(api.hosts.list()).isEmpty();
  }

  @Test
  void an_oversized_body_is_413_and_writes_nothing() {
    String json = TestApi.HOST_JSON.replace("}", ",\"pad\":\"" + "x".repeat(4096) + "\"}");

    HttpResponse<String> response = api.post("/api/hosts", json);

    assertProblem(response, 413, "payload-too-large", "payload_too_large");
    assertThat(api.hosts.list()).isEmpty();
  }

  @Test
  void an_unexpected_failure_is_500_with_an_error_id_only() {
    api.post("/api/hosts", TestApi.HOST_JSON);
    api.connector.answerWith(new IllegalStateException("internal detail"));

    HttpResponse<String> response = api.post("/api/hosts/sim/probe", "");

    assertProblem(response, 500, "internal-error", "internal_error");
    JsonNode body = api.json(response);
    assertThat(body.get("error_id").asText()).isNotBlank();
    assertThat(body.get("detail").asText()).contains(body.get("error_id").asText());
    assertThat(response.body()).doesNotContain("internal detail");
  }

  private void assertProblem(HttpResponse<String> response, int status, String slug, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode body = api.json(response);
    assertThat(body.get("type").asText()).isEqualTo("https://relay-manager.dev/problems/" + slug);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("title").asText()).isNotBlank();
    assertThat(body.get("detail").asText()).isNotBlank();
    assertThat(body.get("violations").isArray()).isTrue();
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }
}
