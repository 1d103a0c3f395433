package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminAccount;
import dev.relaymanager.domain.provider.LiveAccount;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountWireMapperTest {
  /** Between the fixture's rate limit start (01:00Z) and reset (02:30Z). */
  private static final Instant DURING_LIMIT = Instant.parse("2026-11-01T02:00:00Z");

  private final HostJson json = new HostJson();
  private final EnvelopeDecoder decoder = new EnvelopeDecoder(json.mapper());

  @Test
  void redacted_account_maps_base_url_mapping_mode_and_bindings() {
    AdminAccount account = decode("account-redacted.json");

    LiveAccount live = AccountWireMapper.toLive(account, DURING_LIMIT);

    assertThat(live.id()).isEqualTo(31);
    assertThat(live.name()).isEqualTo("rm-deepseek-3f2a9c1b");
    assertThat(live.type()).isEqualTo("apikey");
    assertThat(live.baseUrl()).isEqualTo("https://api.deepseek.com");
    assertThat(live.modelMapping())
        .containsOnlyKeys("deepseek-chat", "deepseek-reasoner")
        .containsEntry("deepseek-chat", "deepseek-chat");
    assertThat(live.responsesMode()).isEqualTo("force_chat_completions");
    assertThat(live.concurrency()).isEqualTo(5);
    assertThat(live.priority()).isEqualTo(50);
    assertThat(live.schedulable()).isTrue();
    assertThat(live.groupIds()).containsExactly(12L);
  }

  @Test
  void rate_limit_holds_until_its_reset_time_by_the_clock() {
    AdminAccount account = decode("account-redacted.json");

    boolean during = AccountWireMapper.toLive(account, DURING_LIMIT).rateLimited();
    boolean after =
        AccountWireMapper.toLive(account, Instant.parse("2026-11-01T02:31:00Z")).rateLimited();

    assertThat(during).isTrue();
    assertThat(after).isFalse();
  }

  @Test
  void temp_unschedulable_reason_is_kept_as_its_json_text() {
    AdminAccount account = decode("account-redacted.json");

    LiveAccount live = AccountWireMapper.toLive(account, DURING_LIMIT);

    assertThat(live.tempUnschedulableReason())
        .startsWith("{\"until_unix\"")
        .contains("insufficient_user_quota");
  }

  @Test
  void clear_text_key_read_back_is_never_kept() {
    AdminAccount account = decode("account-clear.json");

    LiveAccount live = AccountWireMapper.toLive(account, DURING_LIMIT);

    assertThat(account.toString()).doesNotContain("sk-cleartext");
    assertThat(live.toString()).doesNotContain("sk-cleartext");
    assertThat(live.baseUrl()).isEqualTo("https://api.minimaxi.com/v1");
  }

  @Test
  void unbound_account_without_group_ids_and_mapping_maps_to_empty_values() {
    AdminAccount account = decode("account-clear.json");

    LiveAccount live = AccountWireMapper.toLive(account, DURING_LIMIT);

    assertThat(live.groupIds()).isEmpty();
    assertThat(live.modelMapping()).isEmpty();
    assertThat(live.responsesMode()).isEmpty();
    assertThat(live.status()).isEqualTo("error");
    assertThat(live.errorMessage()).isEqualTo("Authentication Fails");
    assertThat(live.schedulable()).isFalse();
    assertThat(live.rateLimited()).isFalse();
    assertThat(live.tempUnschedulableReason()).isEmpty();
  }

  @Test
  void request_carries_full_credentials_extra_and_every_setting() throws IOException {
    String body = json.write(AccountWireMapper.toRequest(HostObjects.anAccount()));

    JsonNode sent = json.mapper().readTree(body);

    assertThat(sent.get("type").asText()).isEqualTo("apikey");
    assertThat(sent.get("platform").asText()).isEqualTo("openai");
    assertThat(sent.at("/credentials/api_key").asText()).isEqualTo(HostObjects.UPSTREAM_KEY);
    assertThat(sent.at("/credentials/base_url").asText()).isEqualTo("https://api.deepseek.com");
    assertThat(sent.at("/credentials/model_mapping").toString())
        .isEqualTo("{\"deepseek-chat\":\"deepseek-chat\"}");
    assertThat(sent.at("/extra/openai_responses_mode").asText())
        .isEqualTo("force_chat_completions");
    assertThat(sent.get("concurrency").asInt()).isEqualTo(5);
    assertThat(sent.get("priority").asInt()).isEqualTo(50);
    assertThat(sent.get("rate_multiplier").decimalValue()).isEqualByComparingTo("1");
    assertThat(sent.get("group_ids").toString()).isEqualTo("[12]");
    assertThat(sent.get("notes").asText()).contains("provider=deepseek");
    assertThat(sent.get("name").asText()).isEqualTo("rm-deepseek-3f2a9c1b");
  }

  @Test
  void request_never_prints_the_key() {
    String printed = AccountWireMapper.toRequest(HostObjects.anAccount()).toString();

    assertThat(printed).doesNotContain(HostObjects.UPSTREAM_KEY).contains("***");
  }

  private AdminAccount decode(String fixture) {
    HostReply reply = new HostReply(200, "application/json", ContractFixtures.read(fixture));
    return decoder
        .<AdminAccount>decode(
            HostRequest.get("/api/v1/admin/accounts/31"), reply, json.type(AdminAccount.class))
        .orThrow();
  }
}
