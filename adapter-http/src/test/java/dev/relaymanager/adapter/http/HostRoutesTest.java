package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostRoutesTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void list_is_empty_before_any_host_is_registered() {
    HttpResponse<String> response = api.get("/api/hosts");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void post_registers_a_host_and_answers_201_with_its_view() {
    HttpResponse<String> response = api.post("/api/hosts", TestApi.HOST_JSON);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = api.json(response);
    assertThat(body.get("name").asText()).isEqualTo("sim");
    assertThat(body.get("url").asText()).isEqualTo("http://127.0.0.1:18080");
    assertThat(body.get("auth_method").asText()).isEqualTo("api_key");
    assertThat(body.get("secret_ref").asText()).isEqualTo("env:SIM_ADMIN_KEY");
    assertThat(body.get("prefix").asText()).isEqualTo("rm-");
    assertThat(body.get("created_at").asText()).isEqualTo("2026-11-02T08:00:00Z");
    assertThat(body.get("last_probe").isNull()).isTrue();
    assertThat(api.hosts.list()).hasSize(1);
  }

  @Test
  void post_accepts_an_admin_login_with_a_password_reference() {
    String json =
        "{\"name\":\"ops\",\"url\":\"https://relay.example.com\",\"admin_email\":\"a@example.com\","
            + "\"admin_password_ref\":\"env:SIM_ADMIN_KEY\",\"prefix\":\"ops-\"}";

    HttpResponse<String> response = api.post("/api/hosts", json);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(api.json(response).get("admin_email").asText()).isEqualTo("a@example.com");
    assertThat(api.json(response).get("prefix").asText()).isEqualTo("ops-");
  }

  @Test
  void list_and_show_return_registered_hosts() {
    api.post("/api/hosts", TestApi.HOST_JSON);

    HttpResponse<String> list = api.get("/api/hosts");
    HttpResponse<String> show = api.get("/api/hosts/sim");

    assertThat(api.json(list).get(0).get("name").asText()).isEqualTo("sim");
    assertThat(show.statusCode()).isEqualTo(200);
    assertThat(api.json(show).get("id").asText()).isEqualTo("id-1");
  }

  @Test
  void probe_of_a_healthy_host_records_version_and_capabilities() {
    api.post("/api/hosts", TestApi.HOST_JSON);

    HttpResponse<String> response = api.post("/api/hosts/sim/probe", "");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode probe = api.json(response).get("last_probe");
    assertThat(probe.get("status").asText()).isEqualTo("healthy");
    assertThat(probe.get("version").asText()).isEqualTo("0.1.190");
    assertThat(probe.get("latency_ms").asLong()).isEqualTo(7);
    assertThat(probe.get("capabilities").get("channels").asBoolean()).isTrue();
    assertThat(api.hosts.list().get(0).lastProbe()).isPresent();
  }

  @Test
  void probe_of_an_unreachable_host_answers_200_with_the_outcome() {
    api.post("/api/hosts", TestApi.HOST_JSON);
    api.connector.answerUnreachable();

    HttpResponse<String> response = api.post("/api/hosts/sim/probe", "");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode probe = api.json(response).get("last_probe");
    assertThat(probe.get("status").asText()).isEqualTo("unreachable");
    assertThat(probe.get("reachable").asBoolean()).isFalse();
  }

  @Test
  void probe_of_a_host_awaiting_compliance_answers_200_with_the_outcome() {
    api.post("/api/hosts", TestApi.HOST_JSON);
    api.connector.answerRejected(HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED);

    HttpResponse<String> response = api.post("/api/hosts/sim/probe", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("last_probe").get("status").asText())
        .isEqualTo("compliance_required");
  }

  @Test
  void delete_removes_the_host_and_returns_what_was_removed() {
    api.post("/api/hosts", TestApi.HOST_JSON);

    HttpResponse<String> response = api.delete("/api/hosts/sim");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("name").asText()).isEqualTo("sim");
    assertThat(api.hosts.list()).isEmpty();
    assertThat(api.get("/api/hosts/sim").statusCode()).isEqualTo(404);
  }

  @Test
  void no_response_contains_the_admin_secret() {
    api.post("/api/hosts", TestApi.HOST_JSON);

    String bodies =
        api.get("/api/hosts").body()
            + api.post("/api/hosts/sim/probe", "").body()
            + api.delete("/api/hosts/sim").body();

    assertThat(bodies).doesNotContain(TestApi.ADMIN_KEY);
  }
}
