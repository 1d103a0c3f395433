package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportRoutesTest {
  private static final String KEY_A = "sk-deepseek-aaaaaaaaaaaaaaaa";
  private static final String KEY_B = "sk-deepseek-bbbbbbbbbbbbbbbb";
  private static final String TARGET =
      "\"host\":\"sim\",\"pack\":\"cn-core\",\"provider\":\"deepseek\",\"mode\":\"subscription\"";

  private final TestApi api = new TestApi();

  @BeforeEach
  void register_a_host_and_install_a_pack() {
    api.post("/api/hosts", TestApi.HOST_JSON);
    api.packs.add(InstalledPackFixtures.anInstalledPack("cn-core", "1.0.0"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void preview_answers_the_plan_and_writes_nothing() {
    HttpResponse<String> response =
        api.post("/api/providers/preview", "{" + TARGET + ",\"keys\":[\"" + KEY_A + "\"]}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode preview = api.json(response);
    assertThat(preview.get("verdict").asText()).isEqualTo("ready");
    assertThat(preview.get("changes").findValuesAsText("action")).containsOnly("create");
    assertThat(api.connector.host().objects().accounts()).isEmpty();
    assertThat(response.body()).doesNotContain(KEY_A);
  }

  @Test
  void import_answers_200_with_the_report_and_the_batch_can_be_listed_and_shown() {
    HttpResponse<String> response =
        api.post(
            "/api/providers/import",
            "{"
                + TARGET
                + ",\"keys_text\":\""
                + KEY_A
                + "\\n"
                + KEY_B
                + "\\n\",\"parallelism\":2}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = api.json(response);
    assertThat(report.get("status").asText()).isEqualTo("succeeded");
    String batch = report.get("batch_id").asText();
    String provider = report.get("provider_id").asText();
    assertThat(api.json(api.get("/api/import-batches?host=sim")).get(0).get("id").asText())
        .isEqualTo(batch);
    assertThat(api.json(api.get("/api/import-batches/" + batch)).get("keys")).hasSize(2);
    assertThat(api.json(api.get("/api/providers")).get(0).get("id").asText()).isEqualTo(provider);
    assertThat(api.json(api.get("/api/providers/" + provider)).get("accounts")).hasSize(2);
    assertThat(api.json(api.get("/api/providers/" + provider + "/import-batches"))).hasSize(1);
    assertThat(response.body()).doesNotContain(KEY_A, KEY_B);
  }

  @Test
  void a_failing_key_still_answers_200_with_a_partial_report() {
    api.connector
        .host()
        .providerAnswers(Secret.of(KEY_B).fingerprint(), 401, "{\"error\":\"invalid api key\"}");

    HttpResponse<String> response =
        api.post(
            "/api/providers/import",
            "{" + TARGET + ",\"keys\":[\"" + KEY_A + "\",\"" + KEY_B + "\"]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.json(response).get("status").asText()).isEqualTo("partially_succeeded");
  }

  @Test
  void invalid_input_answers_400_with_every_violation_and_no_key() {
    HttpResponse<String> response =
        api.post(
            "/api/providers/import",
            "{\"host\":\"sim\",\"mode\":\"sideways\",\"keys\":[\""
                + KEY_A
                + "\",\"has space\"],"
                + "\"parallelism\":0}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = api.json(response);
    assertThat(problem.get("violations").findValuesAsText("path"))
        .contains("pack", "provider", "mode", "keys:2", "parallelism");
    assertThat(response.body()).doesNotContain(KEY_A, "has space");
  }

  @Test
  void keys_and_keys_text_together_are_refused() {
    HttpResponse<String> response =
        api.post(
            "/api/providers/preview",
            "{" + TARGET + ",\"keys\":[\"" + KEY_A + "\"],\"keys_text\":\"" + KEY_B + "\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not both").doesNotContain(KEY_A, KEY_B);
  }

  @Test
  void resume_of_a_finished_batch_answers_200_with_a_note_and_unknown_ones_404() {
    String batch =
        api.json(api.post("/api/providers/import", "{" + TARGET + ",\"keys\":[\"" + KEY_A + "\"]}"))
            .get("batch_id")
            .asText();

    HttpResponse<String> resumed = api.post("/api/import-batches/" + batch + "/resume", "");
    HttpResponse<String> unknown = api.post("/api/import-batches/nope/resume", "{}");

    assertThat(resumed.statusCode()).isEqualTo(200);
    assertThat(api.json(resumed).get("note").asText()).contains("nothing to resume");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(api.get("/api/providers/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void a_second_import_while_a_batch_runs_answers_409_naming_it() {
    String running = "running-batch";
    api.post("/api/providers/import", "{" + TARGET + ",\"keys\":[\"" + KEY_A + "\"]}");
    api.batches.add(RunningBatches.of(api.providers.list().get(0), running));

    HttpResponse<String> response =
        api.post("/api/providers/import", "{" + TARGET + ",\"keys\":[\"" + KEY_B + "\"]}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(api.json(response).get("detail").asText()).contains(running, "is running");
  }
}
