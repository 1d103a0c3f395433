package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PackRoutesTest {
  private static final String YAML = "application/yaml";

  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void posting_a_yaml_pack_installs_it_and_answers_201() {
    HttpResponse<String> response = post("/api/packs", YAML, PackBodies.V1);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = api.json(response);
    assertThat(body.get("status").asText()).isEqualTo("installed");
    assertThat(body.get("pack").get("name").asText()).isEqualTo("cn-core");
    assertThat(body.get("pack").get("source").asText()).isEqualTo("api");
    assertThat(body.get("pack").get("installed_at").asText()).isEqualTo("2026-11-02T08:00:00Z");
    assertThat(api.packs.list()).hasSize(1);
  }

  @Test
  void posting_the_same_content_again_answers_200_already_installed() {
    post("/api/packs", YAML, PackBodies.V1);

    HttpResponse<String> response = post("/api/packs?builtin=cn-core", YAML, "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("status").asText()).isEqualTo("already_installed");
    assertThat(api.packs.list()).singleElement().extracting(p -> p.source()).isEqualTo("api");
  }

  @Test
  void a_built_in_pack_is_installed_by_query_parameter() {
    HttpResponse<String> response = post("/api/packs?builtin=cn-core", YAML, "");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(api.packs.list())
        .singleElement()
        .extracting(p -> p.source())
        .isEqualTo("builtin:cn-core");
  }

  @Test
  void the_same_version_with_other_content_answers_409_and_keeps_the_first() {
    post("/api/packs", YAML, PackBodies.V1);

    HttpResponse<String> response = post("/api/packs", "text/plain", PackBodies.V1_REPRICED);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(api.json(response).get("code").asText()).isEqualTo("conflict");
    assertThat(api.json(response).get("detail").asText()).contains("cn-core@1.0.0");
    assertThat(api.packs.list()).hasSize(1);
  }

  @Test
  void an_invalid_pack_answers_400_with_every_violation_and_writes_nothing() {
    HttpResponse<String> response = post("/api/packs", YAML, PackBodies.INVALID);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode violations = api.json(response).get("violations");
    assertThat(violations)
        .extracting(v -> v.get("path").asText())
        .containsExactlyInAnyOrder("providers[0].models[0].pricing.input", "providers[1].colour");
    assertThat(api.packs.list()).isEmpty();
  }

  @Test
  void a_body_that_is_not_utf8_answers_400_and_writes_nothing() {
    byte[] latin1 = "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<String> response =
        api.send(
            api.request("/api/packs")
                .setHeader("Content-Type", YAML)
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.json(response).get("detail").asText()).contains("not UTF-8");
    assertThat(api.packs.list()).isEmpty();
  }

  @Test
  void an_unsupported_media_type_answers_415() {
    HttpResponse<String> response = post("/api/packs", "application/xml", PackBodies.V1);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(api.json(response).get("code").asText()).isEqualTo("unsupported_media_type");
    assertThat(api.packs.list()).isEmpty();
  }

  @Test
  void a_body_and_a_built_in_reference_together_are_refused() {
    HttpResponse<String> response = post("/api/packs?builtin=cn-core", YAML, PackBodies.V1);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.packs.list()).isEmpty();
  }

  @Test
  void an_unknown_built_in_pack_answers_404() {
    HttpResponse<String> response = post("/api/packs?builtin=eu-core", YAML, "");

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void validate_answers_200_with_the_report_for_valid_and_invalid_packs() {
    HttpResponse<String> valid = post("/api/packs/validate", "application/json", PackBodies.V2);
    HttpResponse<String> invalid = post("/api/packs/validate", YAML, PackBodies.INVALID);

    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(api.json(valid).get("valid").asBoolean()).isTrue();
    assertThat(api.json(valid).get("version").asText()).isEqualTo("2.0.0");
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(api.json(invalid).get("valid").asBoolean()).isFalse();
    assertThat(api.json(invalid).get("violations")).hasSize(2);
    assertThat(api.packs.list()).isEmpty();
  }

  @Test
  void list_and_show_return_installed_versions() {
    post("/api/packs", YAML, PackBodies.V1);
    post("/api/packs", "application/json", PackBodies.V2);

    JsonNode list = api.json(api.get("/api/packs"));
    JsonNode latest = api.json(api.get("/api/packs/cn-core"));
    JsonNode exact = api.json(api.get("/api/packs/cn-core/1.0.0"));

    assertThat(list).extracting(p -> p.get("version").asText()).containsExactly("1.0.0", "2.0.0");
    assertThat(latest.get("version").asText()).isEqualTo("2.0.0");
    assertThat(exact.get("version").asText()).isEqualTo("1.0.0");
    JsonNode flash = exact.get("providers").get(1).get("models").get(0);
    assertThat(flash.get("input").decimalValue()).isEqualByComparingTo("0.15");
    assertThat(flash.get("cache_write").isNull()).isTrue();
  }

  @Test
  void an_unknown_pack_or_version_answers_404() {
    post("/api/packs", YAML, PackBodies.V1);

    assertThat(api.get("/api/packs/eu-core").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/packs/cn-core/9.9.9").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/packs/cn-core/latest").statusCode()).isEqualTo(400);
  }

  @Test
  void packs_need_the_bearer_token() {
    HttpResponse<String> response =
        api.send(
            api.unauthenticated("/api/packs?builtin=cn-core")
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(api.packs.list()).isEmpty();
  }

  private HttpResponse<String> post(String path, String contentType, String body) {
    return api.send(
        api.request(path)
            .setHeader("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }
}
