package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * List prices of one model in USD per million tokens, as providers publish them. Input and output
 * are required; cache prices are optional. Amounts are kept exact (trailing zeros dropped, so
 * {@code 0.30} equals {@code 0.3}).
 *
 * @param usdPerMillion the price of each priced component
 */
public record Pricing(Map<PriceComponent, BigDecimal> usdPerMillion) {
  private static final int TOKENS_PER_UNIT_EXPONENT = 6;

  public Pricing {
    Objects.requireNonNull(usdPerMillion, "usdPerMillion");
    EnumMap<PriceComponent, BigDecimal> copy = new EnumMap<>(PriceComponent.class);
    for (PriceComponent component : PriceComponent.values()) {
      BigDecimal price = usdPerMillion.get(component);
      if (price == null && component.isRequired()) {
        throw InvalidInputException.of(component.fieldName(), "is required");
      }
      if (price != null) {
        copy.put(component, checked(component, price));
      }
    }
    usdPerMillion = Map.copyOf(copy);
  }

  /** Input and output prices, no cache prices. */
  public static Pricing of(BigDecimal input, BigDecimal output) {
    return new Pricing(Map.of(PriceComponent.INPUT, input, PriceComponent.OUTPUT, output));
  }

  /** This pricing with {@code component} set to {@code usdPerMillionTokens}. */
  public Pricing with(PriceComponent component, BigDecimal usdPerMillionTokens) {
    EnumMap<PriceComponent, BigDecimal> copy = new EnumMap<>(usdPerMillion);
    copy.put(component, usdPerMillionTokens);
    return new Pricing(copy);
  }

  public BigDecimal input() {
    return usdPerMillion.get(PriceComponent.INPUT);
  }

  public BigDecimal output() {
    return usdPerMillion.get(PriceComponent.OUTPUT);
  }

  /** The price per million tokens of {@code component}, or empty when it is not priced. */
  public Optional<BigDecimal> perMillion(PriceComponent component) {
    return Optional.ofNullable(usdPerMillion.get(component));
  }

  /**
   * The price per single token in USD, the host's unit (contract §8): the list price divided by
   * 10^6 exactly, e.g. 0.15 becomes 0.00000015. Empty when {@code component} is not priced.
   */
  public Optional<BigDecimal> perToken(PriceComponent component) {
    return perMillion(component).map(p -> p.movePointLeft(TOKENS_PER_UNIT_EXPONENT));
  }

  private static BigDecimal checked(PriceComponent component, BigDecimal price) {
    if (price.signum() < 0) {
      throw InvalidInputException.of(component.fieldName(), "must be >= 0");
    }
    return price.signum() == 0 ? BigDecimal.ZERO : price.stripTrailingZeros();
  }
}
