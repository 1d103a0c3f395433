package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.PriceComponent;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One channel pricing entry in the host's unit, USD per single token (contract §8): the models it
 * prices and a price per component; components absent are sent as null.
 */
public record ChannelPrice(List<ModelId> models, Map<PriceComponent, BigDecimal> usdPerToken) {
  public ChannelPrice {
    models = List.copyOf(models);
    Objects.requireNonNull(usdPerToken, "usdPerToken");
    EnumMap<PriceComponent, BigDecimal> copy = new EnumMap<>(PriceComponent.class);
    usdPerToken.forEach((component, price) -> copy.put(component, price.stripTrailingZeros()));
    usdPerToken = Map.copyOf(copy);
  }
}
