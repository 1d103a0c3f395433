package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminGroup;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveGroup;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GroupWireMapperTest {
  private final HostJson json = new HostJson();
  private final EnvelopeDecoder decoder = new EnvelopeDecoder(json.mapper());

  @Test
  void group_fixture_maps_every_compared_field() {
    AdminGroup group = decode("group.json");

    LiveGroup live = GroupWireMapper.toLive(group);

    assertThat(live.id()).isEqualTo(12);
    assertThat(live.name()).isEqualTo("rm-cn-core-deepseek-subscription");
    assertThat(live.description()).isEqualTo("[relay-manager] pack=cn-core");
    assertThat(live.platform()).isEqualTo("openai");
    assertThat(live.subscriptionType()).isEqualTo("subscription");
    assertThat(live.rateMultiplier()).isEqualTo(BigDecimal.ONE);
    assertThat(live.exclusive()).isTrue();
    assertThat(live.status()).isEqualTo("active");
  }

  @Test
  void null_and_negative_limits_are_unlimited_while_zero_is_kept_as_drift() {
    AdminGroup group = decode("group.json");

    LiveGroup live = GroupWireMapper.toLive(group);

    assertThat(live.limitsUsd()).containsOnlyKeys(LimitWindow.MONTHLY);
    assertThat(live.limitsUsd().get(LimitWindow.MONTHLY)).isEqualByComparingTo("0");
  }

  @Test
  void request_sends_every_group_field_explicitly() throws IOException {
    String body = json.write(GroupWireMapper.toRequest(HostObjects.aSubscriptionGroup()));

    JsonNode sent = json.mapper().readTree(body);

    assertThat(sent.get("name").asText()).isEqualTo("rm-cn-core-deepseek-subscription");
    assertThat(sent.get("description").asText()).isEqualTo("[relay-manager] pack=cn-core");
    assertThat(sent.get("platform").asText()).isEqualTo("openai");
    assertThat(sent.get("rate_multiplier").decimalValue()).isEqualByComparingTo("1");
    assertThat(sent.get("is_exclusive").asBoolean()).isTrue();
    assertThat(sent.get("subscription_type").asText()).isEqualTo("subscription");
    assertThat(sent.get("monthly_limit_usd").decimalValue()).isEqualByComparingTo("50");
  }

  @Test
  void unlimited_windows_are_sent_as_minus_one_never_zero_or_omitted() throws IOException {
    String body = json.write(GroupWireMapper.toRequest(HostObjects.aSubscriptionGroup()));

    JsonNode sent = json.mapper().readTree(body);

    assertThat(sent.get("daily_limit_usd").decimalValue()).isEqualByComparingTo("-1");
    assertThat(sent.get("weekly_limit_usd").decimalValue()).isEqualByComparingTo("-1");
    assertThat(body).doesNotContain("_limit_usd\":0");
  }

  private AdminGroup decode(String fixture) {
    HostReply reply = new HostReply(200, "application/json", ContractFixtures.read(fixture));
    return decoder
        .<AdminGroup>decode(
            HostRequest.get("/api/v1/admin/groups/12"), reply, json.type(AdminGroup.class))
        .orThrow();
  }
}
