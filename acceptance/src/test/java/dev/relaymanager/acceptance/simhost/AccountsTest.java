package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsTest {
  private static final String P = "/api/v1/admin/accounts";
  private Sim sim;

  @BeforeEach
  void start() {
    sim = Sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode get(long id) {
    return Sim.ok(sim.get(P + "/" + id));
  }

  @Test
  void credentials_are_redacted_with_a_has_api_key_status() {
    long id = sim.account("a", "sk-secret", Map.of("deepseek-chat", "deepseek-chat"), null);

    JsonNode a = get(id);

    assertThat(a.get("credentials").has("api_key")).isFalse();
    assertThat(a.get("credentials").get("base_url").asText()).isEqualTo("https://api.deepseek.com");
    assertThat(a.get("credentials_status").get("has_api_key").asBoolean()).isTrue();
  }

  @Test
  void old_builds_return_the_api_key_in_clear() {
    sim.host.knobs(k -> k.redactCredentials = false);
    long id = sim.account("a", "sk-secret", Map.of(), null);

    JsonNode a = get(id);

    assertThat(a.get("credentials").get("api_key").asText()).isEqualTo("sk-secret");
    assertThat(a.has("credentials_status")).isFalse();
  }

  @Test
  void account_names_are_not_unique() {
    sim.account("same", "sk-1", Map.of(), null);
    sim.account("same", "sk-2", Map.of(), null);

    JsonNode list = Sim.ok(sim.get(P + "?search=same"));

    assertThat(list.get("total").asInt()).isEqualTo(2);
  }

  @Test
  void empty_group_ids_bind_the_platform_default_group() {
    long def = sim.openaiGroup("openai-default");

    long id = sim.account("a", "sk-1", Map.of(), null);

    assertThat(get(id).get("group_ids").get(0).asLong()).isEqualTo(def);
  }

  @Test
  void unbound_account_omits_group_ids_and_lists_as_ungrouped() {
    long g = sim.openaiGroup("g");
    long bound = sim.account("bound", "sk-1", Map.of(), g);
    long free = sim.account("free", "sk-2", Map.of(), null);

    JsonNode ungrouped = Sim.ok(sim.get(P + "?group=ungrouped"));
    JsonNode inGroup = Sim.ok(sim.get(P + "?group=" + g));

    assertThat(get(free).has("group_ids")).isFalse();
    assertThat(ungrouped.get("items").get(0).get("id").asLong()).isEqualTo(free);
    assertThat(inGroup.get("items").get(0).get("id").asLong()).isEqualTo(bound);
    assertThat(get(bound).get("account_groups").get(0).get("group_id").asLong()).isEqualTo(g);
  }

  @Test
  void list_filters_by_platform_type_and_status() {
    long id = sim.account("a", "sk-1", Map.of(), null);
    sim.put(P + "/" + id, Map.of("status", "inactive"));
    sim.account("b", "sk-2", Map.of(), null);

    assertThat(Sim.ok(sim.get(P + "?status=inactive")).get("total").asInt()).isEqualTo(1);
    assertThat(Sim.ok(sim.get(P + "?platform=openai&type=apikey")).get("total").asInt())
        .isEqualTo(2);
    assertThat(Sim.ok(sim.get(P + "?platform=anthropic")).get("total").asInt()).isZero();
  }

  @Test
  void a_partial_credentials_update_replaces_the_whole_map() {
    long id = sim.account("a", "sk-1", Map.of("m", "m"), null);

    sim.put(P + "/" + id, Map.of("credentials", Map.of("base_url", "https://x.example/v1")));

    JsonNode a = get(id);
    assertThat(a.get("credentials_status").get("has_api_key").asBoolean()).isFalse();
    assertThat(a.get("credentials").has("model_mapping")).isFalse();
  }

  @Test
  void merge_knob_keeps_missing_secrets_and_drops_null_keys() {
    sim.host.knobs(k -> k.credentialsMerge = true);
    long id = sim.account("a", "sk-1", Map.of("m", "m"), null);
    java.util.Map<String, Object> creds = new java.util.HashMap<>();
    creds.put("base_url", "https://x.example/v1");
    creds.put("model_mapping", null);

    sim.put(P + "/" + id, Map.of("credentials", creds));

    JsonNode a = get(id);
    assertThat(a.get("credentials_status").get("has_api_key").asBoolean()).isTrue();
    assertThat(a.get("credentials").has("model_mapping")).isFalse();
    assertThat(a.get("credentials").get("base_url").asText()).isEqualTo("https://x.example/v1");
  }

  @Test
  void group_ids_on_update_replace_the_bindings_and_empty_unbinds() {
    long g1 = sim.openaiGroup("g1");
    long g2 = sim.openaiGroup("g2");
    long id = sim.account("a", "sk-1", Map.of(), g1);

    JsonNode moved = Sim.ok(sim.put(P + "/" + id, Map.of("group_ids", List.of(g2))));
    JsonNode unbound = Sim.ok(sim.put(P + "/" + id, Map.of("group_ids", List.of())));

    assertThat(moved.get("group_ids")).hasSize(1);
    assertThat(moved.get("group_ids").get(0).asLong()).isEqualTo(g2);
    assertThat(unbound.has("group_ids")).isFalse();
  }

  @Test
  void omitted_fields_stay_unchanged_on_update() {
    long id = sim.account("a", "sk-1", Map.of("m", "m"), null);

    JsonNode a = Sim.ok(sim.put(P + "/" + id, Map.of("notes", "n")));

    assertThat(a.get("name").asText()).isEqualTo("a");
    assertThat(a.get("priority").asInt()).isEqualTo(50);
    assertThat(a.get("credentials").get("model_mapping").get("m").asText()).isEqualTo("m");
  }

  @Test
  void soft_deleted_account_is_not_found_but_kept_in_state() {
    long id = sim.account("a", "sk-1", Map.of(), null);

    Sim.ok(sim.delete(P + "/" + id));

    assertThat(sim.get(P + "/" + id).json().get("reason").asText()).isEqualTo("ACCOUNT_NOT_FOUND");
    assertThat(sim.host.<String>withState(s -> s.tables.accounts.get(0).deletedAt)).isNotNull();
  }

  @Test
  void schedulable_clear_error_and_recover_state_change_the_account() {
    long id = sim.account("a", "sk-1", Map.of(), null);
    sim.host.withState(
        s -> {
          s.account(id).orElseThrow().status = "error";
          s.account(id).orElseThrow().rateLimitResetAt = "2999-01-01T00:00:00Z";
          return null;
        });

    JsonNode paused = Sim.ok(sim.post(P + "/" + id + "/schedulable", Map.of("schedulable", false)));
    JsonNode cleared = Sim.ok(sim.post(P + "/" + id + "/clear-error", null));
    JsonNode recovered = Sim.ok(sim.post(P + "/" + id + "/recover-state", null));

    assertThat(paused.get("schedulable").asBoolean()).isFalse();
    assertThat(cleared.get("status").asText()).isEqualTo("active");
    assertThat(recovered.get("rate_limit_reset_at").isNull()).isTrue();
  }

  @Test
  void account_models_are_the_mapping_keys() {
    long id = sim.account("a", "sk-1", Map.of("deepseek-chat", "deepseek-chat"), null);

    JsonNode models = Sim.ok(sim.get(P + "/" + id + "/models"));

    assertThat(models.get(0).get("id").asText()).isEqualTo("deepseek-chat");
  }

  @Test
  void idempotency_key_replays_the_stored_response_and_rejects_a_different_body() {
    Map<String, Object> body =
        Map.of(
            "name",
            "a",
            "platform",
            "openai",
            "type",
            "apikey",
            "credentials",
            Map.of("api_key", "sk-1"));
    Map<String, String> headers =
        Map.of("x-api-key", sim.host.adminApiKey(), "Idempotency-Key", "batch-1");

    Http.Res first = sim.http.send("POST", P, body, headers);
    Http.Res replay = sim.http.send("POST", P, body, headers);
    Http.Res conflict =
        sim.http.send(
            "POST",
            P,
            Map.of(
                "name",
                "b",
                "platform",
                "openai",
                "type",
                "apikey",
                "credentials",
                Map.of("api_key", "sk-1")),
            headers);

    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.header("X-Idempotency-Replayed")).isEqualTo("true");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("reason").asText()).isEqualTo("IDEMPOTENCY_KEY_CONFLICT");
    assertThat(Sim.ok(sim.get(P)).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void without_idempotency_a_repeated_create_makes_a_duplicate() {
    sim.host.knobs(k -> k.idempotency = false);
    Map<String, Object> body =
        Map.of(
            "name",
            "a",
            "platform",
            "openai",
            "type",
            "apikey",
            "credentials",
            Map.of("api_key", "sk-1"));
    Map<String, String> headers =
        Map.of("x-api-key", sim.host.adminApiKey(), "Idempotency-Key", "batch-1");

    sim.http.send("POST", P, body, headers);
    Http.Res second = sim.http.send("POST", P, body, headers);

    assertThat(second.header("X-Idempotency-Replayed")).isNull();
    assertThat(Sim.ok(sim.get(P)).get("total").asInt()).isEqualTo(2);
  }

  @Test
  void create_requires_name_platform_type_and_credentials() {
    Http.Res r = sim.post(P, Map.of("platform", "openai"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText())
        .contains("'Name'")
        .contains("'Type'")
        .contains("'Credentials'");
  }
}
