package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.ModelOffer;
import dev.relaymanager.domain.pack.PriceComponent;
import java.math.BigDecimal;

/**
 * One offered model with its list prices in USD per million tokens.
 *
 * @param cacheRead null when the model has no cache-read price
 * @param cacheWrite null when the model has no cache-write price
 */
public record ModelView(
    String id,
    String upstreamId,
    BigDecimal input,
    BigDecimal output,
    BigDecimal cacheRead,
    BigDecimal cacheWrite) {

  static ModelView of(ModelOffer model) {
    return new ModelView(
        model.id().value(),
        model.upstreamId().value(),
        model.pricing().input(),
        model.pricing().output(),
        model.pricing().perMillion(PriceComponent.CACHE_READ).orElse(null),
        model.pricing().perMillion(PriceComponent.CACHE_WRITE).orElse(null));
  }
}
