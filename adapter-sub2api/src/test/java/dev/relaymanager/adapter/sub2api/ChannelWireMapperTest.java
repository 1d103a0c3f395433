package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminChannel;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveChannelPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelWireMapperTest {
  private final HostJson json = new HostJson();
  private final EnvelopeDecoder decoder = new EnvelopeDecoder(json.mapper());

  @Test
  void channel_fixture_maps_groups_mapping_source_restriction_and_update_time() {
    AdminChannel channel = decode();

    LiveChannel live = ChannelWireMapper.toLive(channel);

    assertThat(live.id()).isEqualTo(7);
    assertThat(live.name()).isEqualTo("rm-deepseek");
    assertThat(live.status()).isEqualTo("active");
    assertThat(live.groupIds()).containsExactly(12L, 13L);
    assertThat(live.modelMapping())
        .isEqualTo(Map.of("openai", Map.of("deepseek-v3", "deepseek-chat")));
    assertThat(live.billingModelSource()).isEqualTo("channel_mapped");
    assertThat(live.restrictModels()).isTrue();
    assertThat(live.updatedAt()).isEqualTo("2026-06-02T08:30:00Z");
  }

  @Test
  void per_token_prices_map_exactly_and_null_components_are_absent() {
    AdminChannel channel = decode();

    LiveChannelPrice price = ChannelWireMapper.toLive(channel).pricing().get(0);

    assertThat(price.platform()).isEqualTo("openai");
    assertThat(price.models()).containsExactly("deepseek-chat", "deepseek-reasoner");
    assertThat(price.billingMode()).isEqualTo("token");
    assertThat(price.usdPerToken())
        .containsOnlyKeys(PriceComponent.INPUT, PriceComponent.OUTPUT, PriceComponent.CACHE_READ)
        .containsEntry(PriceComponent.INPUT, new BigDecimal("0.00000027").stripTrailingZeros())
        .containsEntry(PriceComponent.CACHE_READ, new BigDecimal("7E-8"));
  }

  @Test
  void request_sends_per_token_prices_as_plain_decimals_and_null_for_unpriced() throws IOException {
    String body = json.write(ChannelWireMapper.toRequest(HostObjects.aChannel(), null));

    JsonNode pricing = json.mapper().readTree(body).get("model_pricing").get(0);

    assertThat(body)
        .contains("\"input_price\":0.00000027")
        .contains("\"output_price\":0.0000011")
        .contains("\"cache_read_price\":0.00000007")
        .contains("\"cache_write_price\":null")
        .doesNotContain("E-");
    assertThat(pricing.get("platform").asText()).isEqualTo("openai");
    assertThat(pricing.get("billing_mode").asText()).isEqualTo("token");
    assertThat(pricing.get("models").toString())
        .isEqualTo("[\"deepseek-chat\",\"deepseek-reasoner\"]");
  }

  @Test
  void request_sends_mapping_under_the_platform_and_every_setting() throws IOException {
    String body = json.write(ChannelWireMapper.toRequest(HostObjects.aChannel(), null));

    JsonNode sent = json.mapper().readTree(body);

    assertThat(sent.get("model_mapping").toString())
        .isEqualTo("{\"openai\":{\"deepseek-v3\":\"deepseek-chat\"}}");
    assertThat(sent.get("group_ids").toString()).isEqualTo("[12,13]");
    assertThat(sent.get("billing_model_source").asText()).isEqualTo("channel_mapped");
    assertThat(sent.get("restrict_models").asBoolean()).isTrue();
    assertThat(sent.get("description").asText()).isEqualTo("[relay-manager] pack=cn-core");
    assertThat(sent.has("expected_updated_at")).isFalse();
  }

  @Test
  void request_without_mapping_sends_an_empty_object() throws IOException {
    ChannelDraft draft = HostObjects.aChannel();
    ChannelDraft unmapped =
        new ChannelDraft(
            draft.name(),
            draft.description(),
            draft.groupIds(),
            draft.platform(),
            List.of(),
            Map.of(),
            draft.billingModelSource(),
            false);

    JsonNode sent = json.mapper().readTree(json.write(ChannelWireMapper.toRequest(unmapped, "t")));

    assertThat(sent.get("model_mapping").toString()).isEqualTo("{}");
    assertThat(sent.get("model_pricing").toString()).isEqualTo("[]");
    assertThat(sent.get("expected_updated_at").asText()).isEqualTo("t");
  }

  private AdminChannel decode() {
    HostReply reply = new HostReply(200, "application/json", ContractFixtures.read("channel.json"));
    return decoder
        .<AdminChannel>decode(
            HostRequest.get("/api/v1/admin/channels/7"), reply, json.type(AdminChannel.class))
        .orThrow();
  }
}
