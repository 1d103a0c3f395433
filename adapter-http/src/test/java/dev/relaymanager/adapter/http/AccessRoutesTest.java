package dev.relaymanager.adapter.http;

import static dev.relaymanager.domain.access.AccessFixtures.aCompletion;
import static dev.relaymanager.domain.access.AccessFixtures.aListingWithSmoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessRoutesTest {
  private static final String UPSTREAM_KEY = "sk-deepseek-aaaaaaaaaaaaaaaa";
  private static final String IMPORT =
      "{\"host\":\"sim\",\"pack\":\"cn-core\",\"provider\":\"deepseek\",\"mode\":\"subscription\","
          + "\"keys\":[\""
          + UPSTREAM_KEY
          + "\"]}";

  private final TestApi api = new TestApi();
  private String provider;

  @BeforeEach
  void import_deepseek_on_a_host() {
    api.post("/api/hosts", TestApi.HOST_JSON);
    api.packs.add(InstalledPackFixtures.anInstalledPack("cn-core", "1.0.0"));
    provider = api.json(api.post("/api/providers/import", IMPORT)).get("provider_id").asText();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_key_bound_to_the_group_that_lists_and_answers_is_ready_and_never_echoed() {
    String key = aUsersKeyInTheSubscriptionGroup();
    api.access.scriptedGateway().answerModels(aListingWithSmoke()).answerChat(aCompletion("stop"));

    HttpResponse<String> response = check("{\"mode\":\"subscription\",\"key\":\"" + key + "\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = api.json(response);
    assertThat(report.get("ready").asBoolean()).isTrue();
    assertThat(report.get("status").asText()).isEqualTo("subscription_ready");
    assertThat(report.get("modes").get(0).get("finish_reason").asText()).isEqualTo("stop");
    assertThat(response.body()).doesNotContain(key);
    JsonNode shown = api.json(api.get("/api/providers/" + provider)).get("access");
    assertThat(shown.get("status").asText()).isEqualTo("subscription_ready");
    assertThat(shown.get("modes").get(0).get("ready").asBoolean()).isTrue();
  }

  @Test
  void a_check_that_is_not_ready_still_answers_200_with_the_failure() {
    String key = "sk-user-key-the-host-does-not-know";

    HttpResponse<String> response = check("{\"key\":\"" + key + "\",\"models_wait_seconds\":0}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = api.json(response);
    assertThat(report.get("ready").asBoolean()).isFalse();
    assertThat(report.get("modes").get(0).get("failure_class").asText())
        .isEqualTo("gateway_auth_error");
    assertThat(response.body()).doesNotContain(key);
  }

  @Test
  void an_empty_body_checks_every_imported_mode_with_the_probe_users_key() {
    api.put(
        "/api/hosts/sim/probe-user",
        "{\"email\":\"probe@example.com\",\"password_ref\":\"env:PROBE_PW\"}");

    HttpResponse<String> response = api.post("/api/providers/" + provider + "/access", "");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = api.json(response);
    assertThat(report.get("ready").asBoolean()).isFalse();
    assertThat(report.get("modes").findValuesAsText("mode")).containsExactly("subscription");
    assertThat(report.get("modes").get(0).get("detail").asText()).contains("does not exist");
  }

  @Test
  void a_check_without_a_probe_user_or_key_answers_400() {
    HttpResponse<String> response = api.post("/api/providers/" + provider + "/access", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void bad_check_input_answers_400_with_every_violation_and_never_the_key() {
    String key = "sk-secret-part with-space";

    HttpResponse<String> response =
        check("{\"mode\":\"sideways\",\"key\":\"" + key + "\",\"models_wait_seconds\":100000}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.json(response).get("violations").findValuesAsText("path"))
        .containsExactly("mode", "key", "models_wait_seconds");
    assertThat(response.body()).doesNotContain("sk-secret-part");
  }

  @Test
  void a_key_of_the_wrong_type_is_refused_without_echoing_it() {
    HttpResponse<String> response = check("{\"key\":[\"sk-in-an-array-0123456789\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"key\"").doesNotContain("sk-in-an-array");
  }

  @Test
  void an_unknown_provider_answers_404_on_both_routes() {
    HttpResponse<String> check = api.post("/api/providers/nope/access", "{}");
    HttpResponse<String> assign =
        api.post("/api/providers/nope/assign-subscriptions", "{\"users\":[\"a@example.com\"]}");

    assertThat(check.statusCode()).isEqualTo(404);
    assertThat(assign.statusCode()).isEqualTo(404);
    assertThat(api.json(check).get("code").asText()).isEqualTo("not_found");
  }

  @Test
  void an_assignment_answers_200_with_every_users_outcome_even_when_one_failed() {
    api.access.hostUsers().addUser("a@example.com", "pw-a", BigDecimal.ZERO);

    HttpResponse<String> response =
        api.post(
            "/api/providers/" + provider + "/assign-subscriptions",
            "{\"users\":[\"a@example.com\",\"ghost@example.com\"],\"validity_days\":7}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = api.json(response);
    assertThat(report.get("complete").asBoolean()).isFalse();
    assertThat(report.get("validity_days").asInt()).isEqualTo(7);
    assertThat(report.get("users").findValuesAsText("status")).containsExactly("created", "failed");
    assertThat(report.get("users").get(1).get("reason").asText()).contains("no user");
  }

  @Test
  void bad_assignment_input_answers_400_with_every_violation() {
    HttpResponse<String> response =
        api.post(
            "/api/providers/" + provider + "/assign-subscriptions",
            "{\"users\":[\"not-an-email\",\"b@example.com\",null],\"validity_days\":0}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.json(response).get("violations").findValuesAsText("path"))
        .containsExactly("users:1", "users:3", "validity_days");
  }

  @Test
  void the_probe_user_is_stored_as_an_email_and_a_reference() {
    HttpResponse<String> response =
        api.put(
            "/api/hosts/sim/probe-user",
            "{\"email\":\"Probe@Example.com\",\"password_ref\":\"env:PROBE_PW\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode view = api.json(response);
    assertThat(view.get("email").asText()).isEqualTo("probe@example.com");
    assertThat(view.get("password_ref").asText()).isEqualTo("env:PROBE_PW");
    assertThat(response.body()).doesNotContain(TestApi.PROBE_PASSWORD);
  }

  @Test
  void bad_probe_user_input_answers_400_with_every_violation() {
    HttpResponse<String> response =
        api.put("/api/hosts/sim/probe-user", "{\"email\":\"nope\",\"password_ref\":\"plain\"}");
    HttpResponse<String> missing = api.put("/api/hosts/sim/probe-user", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.json(response).get("violations").findValuesAsText("path"))
        .containsExactly("email", "password_ref");
    assertThat(api.json(missing).get("violations").findValuesAsText("path"))
        .containsExactly("email", "password_ref");
  }

  @Test
  void a_password_itself_is_refused_and_never_echoed() {
    HttpResponse<String> response =
        api.put(
            "/api/hosts/sim/probe-user",
            "{\"email\":\"probe@example.com\",\"password\":\"hunter2-plain-password\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.json(response).get("violations").findValuesAsText("path"))
        .containsExactly("password");
    assertThat(response.body()).doesNotContain("hunter2-plain-password");
  }

  @Test
  void the_probe_user_of_an_unknown_host_is_404() {
    HttpResponse<String> response =
        api.put(
            "/api/hosts/nope/probe-user",
            "{\"email\":\"probe@example.com\",\"password_ref\":\"env:PROBE_PW\"}");

    assertThat(response.statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> check(String body) {
    return api.post("/api/providers/" + provider + "/access", body);
  }

  /** A user of the host with a key bound to the provider's subscription group. */
  private String aUsersKeyInTheSubscriptionGroup() {
    long group = api.connector.host().objects().groups().get(0).id();
    long user = api.access.hostUsers().addUser("u@example.com", "pw", BigDecimal.ONE).id();
    return api.access.hostUsers().addKey(user, "mine", group).key().reveal();
  }
}
