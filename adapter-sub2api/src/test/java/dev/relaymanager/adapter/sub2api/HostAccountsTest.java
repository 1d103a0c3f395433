package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostAccountsTest {
  private static final String ACCOUNTS = "/api/v1/admin/accounts";
  private static final IdempotencyKey KEY = new IdempotencyKey("batch-42-3f2a9c1b");

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostAdmin admin =
      TestSessions.hostAdmin(host.baseUrl(), MutableClock.at("2026-11-01T00:00:00Z"));

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void create_sends_the_idempotency_key_and_the_full_body() {
    host.on("POST", ACCOUNTS, ContractFixtures.answer(200, "account-redacted.json"));

    LiveAccount account = admin.createAccount(HostObjects.anAccount(), KEY);

    RecordedRequest sent = host.requests().get(0);
    assertThat(account.id()).isEqualTo(31);
    assertThat(sent.header("Idempotency-Key")).isEqualTo("batch-42-3f2a9c1b");
    assertThat(sent.body())
        .contains("\"api_key\":\"" + HostObjects.UPSTREAM_KEY + "\"", "\"type\":\"apikey\"");
  }

  @Test
  void a_replayed_create_returns_the_stored_answer_like_a_first_success() {
    host.on(
        "POST",
        ACCOUNTS,
        ContractFixtures.answer(200, "account-redacted.json")
            .withHeader("X-Idempotency-Replayed", "true"));

    LiveAccount account = admin.createAccount(HostObjects.anAccount(), KEY);

    assertThat(account.id()).isEqualTo(31);
  }

  @Test
  void a_reused_idempotency_key_is_a_conflict() {
    host.on("POST", ACCOUNTS, ContractFixtures.answer(409, "error-idempotency-conflict.json"));

    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class, () -> admin.createAccount(HostObjects.anAccount(), KEY));

    assertThat(conflict.getMessage()).startsWith("IDEMPOTENCY_KEY_CONFLICT: ");
    assertThat(host.count("POST", ACCOUNTS)).isEqualTo(1);
  }

  @Test
  void a_refusal_that_echoes_the_key_is_masked() {
    host.on(
        "POST",
        ACCOUNTS,
        Canned.validation("Invalid request: api_key " + HostObjects.UPSTREAM_KEY + " is bad"));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> admin.createAccount(HostObjects.anAccount(), KEY));

    assertThat(rejected.getMessage()).doesNotContain(HostObjects.UPSTREAM_KEY).contains("***");
    assertThat(rejected.httpStatus()).isEqualTo(400);
  }

  @Test
  void update_sends_the_full_credentials_again() {
    host.on("PUT", ACCOUNTS + "/31", ContractFixtures.answer(200, "account-redacted.json"));

    admin.updateAccount(31, HostObjects.anAccount());

    assertThat(host.requests().get(0).body())
        .contains("\"api_key\":\"" + HostObjects.UPSTREAM_KEY + "\"")
        .contains("\"base_url\":\"https://api.deepseek.com\"", "\"model_mapping\":{")
        .contains("\"openai_responses_mode\":\"force_chat_completions\"");
  }

  @Test
  void rebind_sends_only_the_group_ids() {
    host.on("PUT", ACCOUNTS + "/31", ContractFixtures.answer(200, "account-redacted.json"));

    admin.rebindAccount(31, List.of(12L, 14L));

    assertThat(host.requests().get(0).body()).isEqualTo("{\"group_ids\":[12,14]}");
  }

  @Test
  void set_schedulable_posts_the_flag_and_a_missing_account_is_not_found() {
    host.on(
            "POST",
            ACCOUNTS + "/31/schedulable",
            ContractFixtures.answer(200, "account-redacted.json"))
        .on(
            "POST",
            ACCOUNTS + "/9/schedulable",
            ContractFixtures.answer(404, "error-account-not-found.json"));

    admin.setSchedulable(31, false);
    NotFoundException missing =
        catchThrowableOfType(NotFoundException.class, () -> admin.setSchedulable(9, true));

    assertThat(host.requests().get(0).body()).isEqualTo("{\"schedulable\":false}");
    assertThat(missing.kind()).isEqualTo("account");
  }

  @Test
  void find_by_prefix_searches_the_host_and_keeps_names_that_start_with_it() {
    host.on(
        "GET",
        ACCOUNTS,
        Canned.page(
            "{\"id\":1,\"name\":\"rm-deepseek-1\"}",
            "{\"id\":2,\"name\":\"old-rm-deepseek-2\"}",
            "{\"id\":3,\"name\":\"RM-DEEPSEEK-3\"}"));

    List<LiveAccount> accounts = admin.findAccountsNamedLike("rm-deepseek-");

    assertThat(accounts).extracting(LiveAccount::id).containsExactly(1L);
    assertThat(host.requests().get(0).query()).contains("search=rm-deepseek-");
  }

  @Test
  void accounts_of_a_group_are_listed_with_the_group_filter() {
    host.on("GET", ACCOUNTS, Canned.page("{\"id\":1,\"name\":\"a\",\"group_ids\":[12]}"));

    List<LiveAccount> accounts = admin.listAccountsInGroup(12);

    assertThat(accounts).extracting(LiveAccount::groupIds).containsExactly(List.of(12L));
    assertThat(host.requests().get(0).query()).contains("group=12");
  }

  @Test
  void find_by_id_of_an_account_the_host_lacks_is_empty() {
    host.on("GET", ACCOUNTS + "/9", ContractFixtures.answer(404, "error-account-not-found.json"));

    assertThat(admin.findAccount(9)).isEmpty();
  }

  @Test
  void delete_looks_first_then_deletes_an_account_the_host_holds() {
    host.on("GET", ACCOUNTS + "/31", ContractFixtures.answer(200, "account-redacted.json"))
        .on(
            "DELETE",
            ACCOUNTS + "/31",
            Canned.data("{\"message\":\"Account deleted successfully\"}"));

    DeleteOutcome deleted = admin.deleteAccount(31);

    assertThat(deleted).isEqualTo(DeleteOutcome.DELETED);
    assertThat(host.count("DELETE", ACCOUNTS + "/31")).isEqualTo(1);
  }

  @Test
  void an_account_the_host_lacks_is_already_gone_though_its_delete_would_answer_200() {
    host.on("GET", ACCOUNTS + "/9", ContractFixtures.answer(404, "error-account-not-found.json"))
        .on(
            "DELETE",
            ACCOUNTS + "/9",
            Canned.data("{\"message\":\"Account deleted successfully\"}"));

    DeleteOutcome gone = admin.deleteAccount(9);

    assertThat(gone).isEqualTo(DeleteOutcome.ALREADY_GONE);
    assertThat(host.count("DELETE", ACCOUNTS + "/9")).isZero();
  }

  @Test
  void an_account_gone_between_the_look_and_the_delete_is_already_gone() {
    host.on("GET", ACCOUNTS + "/9", ContractFixtures.answer(200, "account-redacted.json"))
        .on(
            "DELETE",
            ACCOUNTS + "/9",
            ContractFixtures.answer(404, "error-account-not-found.json"));

    DeleteOutcome gone = admin.deleteAccount(9);

    assertThat(gone).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }
}
