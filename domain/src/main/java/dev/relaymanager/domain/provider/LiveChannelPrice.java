package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.pack.PriceComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One pricing entry of a channel as the host returns it, in USD per token; absent components were
 * null on the host.
 */
public record LiveChannelPrice(
    String platform,
    List<String> models,
    String billingMode,
    Map<PriceComponent, BigDecimal> usdPerToken) {

  public LiveChannelPrice {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(billingMode, "billingMode");
    models = List.copyOf(models);
    usdPerToken = Map.copyOf(usdPerToken);
  }
}
