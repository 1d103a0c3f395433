package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvelopeAndErrorsTest {
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void success_is_enveloped_with_code_zero_and_message_success() {
    Http.Res r = sim.get("/api/v1/admin/system/version");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("code").asInt()).isZero();
    assertThat(r.json().get("message").asText()).isEqualTo("success");
    assertThat(r.data().get("version").asText()).isNotEmpty();
  }

  @Test
  void pagination_reports_items_total_page_page_size_and_pages() {
    for (int i = 0; i < 3; i++) {
      sim.openaiGroup("g" + i);
    }

    JsonNode page = Sim.ok(sim.get("/api/v1/admin/groups?page=2&page_size=2"));

    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("page").asInt()).isEqualTo(2);
    assertThat(page.get("page_size").asInt()).isEqualTo(2);
    assertThat(page.get("pages").asInt()).isEqualTo(2);
  }

  @Test
  void page_size_over_1000_or_non_numeric_silently_becomes_20() {
    JsonNode big = Sim.ok(sim.get("/api/v1/admin/groups?page_size=1001"));
    JsonNode text = Sim.ok(sim.get("/api/v1/admin/groups?page_size=abc"));
    JsonNode max = Sim.ok(sim.get("/api/v1/admin/groups?limit=1000"));

    assertThat(big.get("page_size").asInt()).isEqualTo(20);
    assertThat(text.get("page_size").asInt()).isEqualTo(20);
    assertThat(max.get("page_size").asInt()).isEqualTo(1000);
    assertThat(big.get("pages").asInt()).isEqualTo(1);
  }

  @Test
  void missing_route_answers_plain_text_404_page_not_found() {
    Http.Res r = sim.get("/api/v1/admin/nothing-here");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("404 page not found");
  }

  @Test
  void handler_not_found_is_enveloped_with_an_int_code_and_a_reason() {
    Http.Res r = sim.get("/api/v1/admin/accounts/999");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("code").isInt()).isTrue();
    assertThat(r.json().get("code").asInt()).isEqualTo(404);
    assertThat(r.json().get("reason").asText()).isEqualTo("ACCOUNT_NOT_FOUND");
  }

  @Test
  void validation_failure_is_a_gin_style_400_message_without_reason() {
    Http.Res r = sim.post("/api/v1/admin/groups", Map.of("description", "x"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asInt()).isEqualTo(400);
    assertThat(r.json().get("message").asText())
        .isEqualTo(
            "Invalid request: Key: 'CreateGroupRequest.Name' Error:Field validation for"
                + " 'Name' failed on the 'required' tag");
    assertThat(r.json().has("reason")).isFalse();
  }

  @Test
  void unclassified_service_error_hides_its_cause_behind_500_internal_error() {
    long anthropic = sim.group("claude", "anthropic", Map.of());

    Http.Res r =
        sim.post(
            "/api/v1/admin/accounts",
            Map.of(
                "name",
                "a",
                "platform",
                "openai",
                "type",
                "apikey",
                "credentials",
                Map.of("api_key", "sk-1"),
                "group_ids",
                List.of(anthropic)));

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json()).hasSize(2);
    assertThat(r.json().get("code").asInt()).isEqualTo(500);
    assertThat(r.json().get("message").asText()).isEqualTo("internal error");
  }

  @Test
  void middleware_error_carries_a_string_code() {
    Http.Res r =
        sim.http.send("GET", "/api/v1/admin/groups", null, Map.of("x-api-key", "admin-wrong"));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("code").isTextual()).isTrue();
    assertThat(r.json().get("code").asText()).isEqualTo("INVALID_ADMIN_KEY");
  }

  @Test
  void health_is_not_enveloped() {
    Http.Res r = sim.http.send("GET", "/health", null, Map.of());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void bad_json_body_is_a_400() {
    Http.Res r = sim.post("/api/v1/admin/groups", "{not json");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).startsWith("Invalid request");
  }

  @Test
  void delete_answers_a_message_payload() {
    long g = sim.openaiGroup("gone");

    JsonNode data = Sim.ok(sim.delete("/api/v1/admin/groups/" + g));

    assertThat(data.get("message").asText()).contains("deleted");
  }
}
