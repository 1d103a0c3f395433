package dev.relaymanager.acceptance.simhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountListTest {
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

  private List<String> names(String query) {
    List<String> out = new ArrayList<>();
    Sim.ok(sim.get(P + query)).get("items").forEach(a -> out.add(a.get("name").asText()));
    return out;
  }

  @Test
  void search_is_a_case_insensitive_substring_of_the_name_only() {
    sim.account("rm-DeepSeek-1", "sk-1", Map.of(), null);
    long other = sim.account("other", "sk-2", Map.of(), null);
    sim.put(P + "/" + other, Map.of("notes", "deepseek"));

    List<String> found = names("?search=%20deepseek%20");

    assertThat(found).containsExactly("rm-DeepSeek-1");
  }

  @Test
  void the_list_is_sorted_by_name_by_default() {
    sim.account("b", "sk-1", Map.of(), null);
    sim.account("a", "sk-2", Map.of(), null);

    assertThat(names("")).containsExactly("a", "b");
    assertThat(names("?sort_order=desc")).containsExactly("b", "a");
  }

  @Test
  void a_non_numeric_or_negative_group_filter_is_a_400() {
    Http.Res word = sim.get(P + "?group=abc");
    Http.Res negative = sim.get(P + "?group=-1");

    assertThat(word.status()).isEqualTo(400);
    assertThat(word.json().get("reason").asText()).isEqualTo("INVALID_GROUP_FILTER");
    assertThat(negative.status()).isEqualTo(400);
  }

  @Test
  void status_active_excludes_paused_and_rate_limited_accounts() {
    long paused = sim.account("paused", "sk-1", Map.of(), null);
    long limited = sim.account("limited", "sk-2", Map.of(), null);
    sim.account("usable", "sk-3", Map.of(), null);
    sim.post(P + "/" + paused + "/schedulable", Map.of("schedulable", false));
    sim.host.withState(
        s -> s.account(limited).orElseThrow().rateLimitResetAt = "2999-01-01T00:00:00Z");

    assertThat(names("?status=active")).containsExactly("usable");
    assertThat(names("?status=rate_limited")).containsExactly("limited");
    assertThat(names("?status=unschedulable")).containsExactly("paused");
  }

  @Test
  void deleting_an_unknown_or_deleted_account_answers_200() {
    long id = sim.account("a", "sk-1", Map.of(), null);
    Sim.ok(sim.delete(P + "/" + id));

    JsonNode again = Sim.ok(sim.delete(P + "/" + id));
    JsonNode never = Sim.ok(sim.delete(P + "/999"));

    assertThat(again.get("message").asText()).isNotEmpty();
    assertThat(never.get("message").asText()).isNotEmpty();
  }

  @Test
  void the_contract_knob_answers_404_for_an_unknown_account() {
    sim.host.knobs(k -> k.accountDeleteUnknownOk = false);

    Http.Res r = sim.delete(P + "/999");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("reason").asText()).isEqualTo("ACCOUNT_NOT_FOUND");
  }
}
