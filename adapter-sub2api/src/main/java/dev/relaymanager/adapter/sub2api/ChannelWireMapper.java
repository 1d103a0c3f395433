package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.AdminChannel;
import dev.relaymanager.adapter.sub2api.wire.ChannelRequest;
import dev.relaymanager.adapter.sub2api.wire.ModelPricing;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.ChannelPrice;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveChannelPrice;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Converts channel drafts into request bodies and host channels into {@link LiveChannel}s. */
final class ChannelWireMapper {
  static final String TOKEN_BILLING = "token";

  private ChannelWireMapper() {}

  /**
   * Every field, as the host's web client sends it.
   *
   * @param expectedUpdatedAt the {@code updated_at} last read, on update; null on create
   */
  static ChannelRequest toRequest(ChannelDraft draft, String expectedUpdatedAt) {
    String platform = draft.platform().wireName();
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((from, to) -> mapping.put(from.value(), to.value()));
    return new ChannelRequest(
        draft.name(),
        draft.description(),
        draft.groupIds(),
        draft.pricing().stream()
            .map(price -> pricing(platform, price))
            .collect(Collectors.toList()),
        mapping.isEmpty() ? Map.of() : Map.of(platform, mapping),
        draft.billingModelSource().wireName(),
        draft.restrictModels(),
        expectedUpdatedAt);
  }

  static LiveChannel toLive(AdminChannel channel) {
    Map<String, Map<String, String>> mapping = new LinkedHashMap<>();
    WireValues.map(channel.modelMapping())
        .forEach((platform, models) -> mapping.put(platform, WireValues.map(models)));
    return new LiveChannel(
        channel.id(),
        WireValues.text(channel.name()),
        WireValues.text(channel.description()),
        WireValues.text(channel.status()),
        WireValues.list(channel.groupIds()),
        WireValues.list(channel.modelPricing()).stream()
            .map(ChannelWireMapper::livePrice)
            .collect(Collectors.toList()),
        mapping,
        WireValues.text(channel.billingModelSource()),
        Boolean.TRUE.equals(channel.restrictModels()),
        WireValues.text(channel.updatedAt()));
  }

  private static ModelPricing pricing(String platform, ChannelPrice price) {
    Map<PriceComponent, BigDecimal> usd = price.usdPerToken();
    return new ModelPricing(
        platform,
        price.models().stream().map(ModelId::value).collect(Collectors.toList()),
        TOKEN_BILLING,
        usd.get(PriceComponent.INPUT),
        usd.get(PriceComponent.OUTPUT),
        usd.get(PriceComponent.CACHE_READ),
        usd.get(PriceComponent.CACHE_WRITE));
  }

  private static LiveChannelPrice livePrice(ModelPricing pricing) {
    Map<PriceComponent, BigDecimal> usd = new EnumMap<>(PriceComponent.class);
    putPrice(usd, PriceComponent.INPUT, pricing.inputPrice());
    putPrice(usd, PriceComponent.OUTPUT, pricing.outputPrice());
    putPrice(usd, PriceComponent.CACHE_READ, pricing.cacheReadPrice());
    putPrice(usd, PriceComponent.CACHE_WRITE, pricing.cacheWritePrice());
    return new LiveChannelPrice(
        WireValues.text(pricing.platform()),
        WireValues.list(pricing.models()),
        WireValues.text(pricing.billingMode()),
        usd);
  }

  private static void putPrice(
      Map<PriceComponent, BigDecimal> usd, PriceComponent component, BigDecimal price) {
    WireValues.number(price).ifPresent(value -> usd.put(component, value));
  }
}
