package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.simhost.state.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Res control(String method, String path, Object body) {
    return sim.http.send(method, path, body, Map.of());
  }

  @Test
  void state_shows_soft_deleted_rows_with_deleted_at() {
    long g = sim.openaiGroup("g");
    sim.delete("/api/v1/admin/groups/" + g);

    JsonNode state = control("GET", "/_sim/state", null).json();

    assertThat(state.get("groups").get(0).get("deleted_at").isNull()).isFalse();
    assertThat(state.has("accounts")).isTrue();
    assertThat(state.has("knobs")).isTrue();
    assertThat(state.get("users").get(0).get("role").asText()).isEqualTo("admin");
  }

  @Test
  void drift_patch_changes_raw_fields_without_validation() {
    long id = sim.account("a", "sk-1", Map.of("m", "m"), null);

    control(
        "PATCH",
        "/_sim/accounts/" + id,
        Map.of(
            "credentials",
            Map.of("api_key", "sk-1", "base_url", "https://drift.example"),
            "status",
            "weird"));

    JsonNode a = Sim.ok(sim.get("/api/v1/admin/accounts/" + id));
    assertThat(a.get("credentials").get("base_url").asText()).isEqualTo("https://drift.example");
    assertThat(a.get("status").asText()).isEqualTo("weird");
  }

  @Test
  void drift_insert_can_make_an_orphan_duplicate_account() {
    long g = sim.openaiGroup("g");
    sim.account("dup", "sk-1", Map.of(), g);

    JsonNode row =
        control(
                "POST",
                "/_sim/accounts",
                Map.of(
                    "name",
                    "dup",
                    "platform",
                    "openai",
                    "type",
                    "apikey",
                    "credentials",
                    Map.of("api_key", "sk-2"),
                    "group_ids",
                    List.of(g)))
            .json();

    assertThat(row.get("id").asLong()).isPositive();
    assertThat(Sim.ok(sim.get("/api/v1/admin/accounts?group=" + g)).get("total").asInt())
        .isEqualTo(2);
  }

  @Test
  void drift_patch_with_an_unknown_field_is_a_400() {
    long g = sim.openaiGroup("g");

    Http.Res r = control("PATCH", "/_sim/groups/" + g, Map.of("no_such_field", 1));

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void knobs_can_be_changed_over_http() {
    control("PATCH", "/_sim/knobs", Map.of("channels", false));

    assertThat(sim.get("/api/v1/admin/channels").status()).isEqualTo(404);
    assertThat(control("GET", "/_sim/knobs", null).json().get("channels").asBoolean()).isFalse();
  }

  @Test
  void reset_restores_the_starting_state() {
    sim.openaiGroup("g");
    control("PATCH", "/_sim/knobs", Map.of("channels", false));

    control("POST", "/_sim/reset", null);

    assertThat(Sim.ok(sim.get("/api/v1/admin/groups")).get("total").asInt()).isZero();
    assertThat(sim.get("/api/v1/admin/channels").status()).isEqualTo(200);
    assertThat(sim.login(sim.host.adminEmail(), sim.host.adminPassword())).isNotEmpty();
  }

  @Test
  void error_fault_answers_5xx_on_its_prefix_only() {
    control(
        "POST",
        "/_sim/faults",
        Map.of("path_prefix", "/api/v1/admin/groups", "error_rate", 1.0, "error_status", 503));

    Http.Res faulty = sim.get("/api/v1/admin/groups");
    Http.Res other = sim.get("/api/v1/admin/accounts");
    control("DELETE", "/_sim/faults", null);
    Http.Res healed = sim.get("/api/v1/admin/groups");

    assertThat(faulty.status()).isEqualTo(503);
    assertThat(other.status()).isEqualTo(200);
    assertThat(healed.status()).isEqualTo(200);
  }

  @Test
  void fault_rules_are_visible_in_the_state() {
    sim.host.addFault(FaultRule.latency("/v1/", 5));

    JsonNode state = control("GET", "/_sim/state", null).json();

    assertThat(state.get("faults").get(0).get("latency_ms").asLong()).isEqualTo(5);
  }

  @Test
  void a_closed_host_refuses_connections() {
    String base = sim.host.baseUrl();
    sim.close();

    Throwable error =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> new Http(base).send("GET", "/health", null, Map.of()));

    assertThat(error).isNotNull();
  }
}
