package dev.relaymanager.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RollbackAndReconcileRoutesTest {
  private static final String IMPORT =
      "{\"host\":\"sim\",\"pack\":\"cn-core\",\"provider\":\"deepseek\",\"mode\":\"subscription\","
          + "\"keys\":[\"sk-deepseek-aaaaaaaaaaaaaaaa\"]}";

  private final TestApi api = new TestApi();
  private JsonNode imported;

  @BeforeEach
  void import_one_key() {
    api.post("/api/hosts", TestApi.HOST_JSON);
    api.packs.add(InstalledPackFixtures.anInstalledPack("cn-core", "1.0.0"));
    imported = api.json(api.post("/api/providers/import", IMPORT));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_dry_run_answers_the_plan_and_a_rollback_deletes_the_batch_objects() {
    String path = "/api/import-batches/" + imported.get("batch_id").asText() + "/rollback";

    HttpResponse<String> plan = api.post(path, "{\"dry_run\":true}");
    int accountsAfterPlan = api.connector.host().objects().accounts().size();
    HttpResponse<String> done = api.post(path, "");

    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(api.json(plan).get("batches").get(0).get("deletes")).isNotEmpty();
    assertThat(accountsAfterPlan).isEqualTo(1);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(api.json(done).get("status").asText()).isEqualTo("rolled_back");
    assertThat(api.connector.host().objects().accounts()).isEmpty();
  }

  @Test
  void a_reconcile_is_stored_and_listed_and_shown() {
    String provider = imported.get("provider_id").asText();

    HttpResponse<String> report = api.post("/api/providers/" + provider + "/reconcile", "");
    String id = api.json(report).get("id").asText();
    HttpResponse<String> listed = api.get("/api/reconcile-reports?host=sim");
    HttpResponse<String> shown = api.get("/api/reconcile-reports/" + id);

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(api.json(report).get("result").asText()).isEqualTo("in_sync");
    assertThat(api.json(listed).findValuesAsText("id")).containsExactly(id);
    assertThat(api.json(shown).get("provider_id").asText()).isEqualTo(provider);
  }

  @Test
  void repair_needs_the_flag_and_keys_need_repair() {
    HttpResponse<String> prune = api.post("/api/hosts/sim/reconcile", "{\"prune\":true}");
    HttpResponse<String> keys = api.post("/api/hosts/sim/reconcile", "{\"keys\":[\"sk-x-1\"]}");
    HttpResponse<String> unknown = api.get("/api/reconcile-reports/nope");
    HttpResponse<String> running = api.post("/api/import-batches/nope/rollback", "{}");

    assertThat(prune.statusCode()).isEqualTo(200);
    assertThat(api.json(prune).get(0).get("action").asText()).isEqualTo("prune");
    assertThat(keys.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(running.statusCode()).isEqualTo(404);
  }
}
