package dev.relaymanager.domain.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingTest {

  @Test
  void per_token_prices_are_the_list_price_divided_by_a_million_exactly() {
    Pricing pricing =
        Pricing.of(new BigDecimal("0.15"), new BigDecimal("1.98"))
            .with(PriceComponent.CACHE_READ, new BigDecimal("0.003"));

    assertThat(pricing.perToken(PriceComponent.INPUT).orElseThrow().toPlainString())
        .isEqualTo("0.00000015");
    assertThat(pricing.perToken(PriceComponent.OUTPUT).orElseThrow().toPlainString())
        .isEqualTo("0.00000198");
    assertThat(pricing.perToken(PriceComponent.CACHE_READ).orElseThrow().toPlainString())
        .isEqualTo("0.000000003");
    assertThat(pricing.perToken(PriceComponent.CACHE_WRITE)).isEmpty();
  }

  @Test
  void a_per_token_price_times_a_million_gives_the_list_price_back() {
    Pricing pricing = Pricing.of(new BigDecimal("3"), new BigDecimal("15"));

    BigDecimal back = pricing.perToken(PriceComponent.OUTPUT).orElseThrow().movePointRight(6);

    assertThat(back).isEqualByComparingTo("15");
  }

  @Test
  void equal_amounts_are_equal_prices_whatever_their_scale() {
    assertThat(Pricing.of(new BigDecimal("0.30"), new BigDecimal("1.200")))
        .isEqualTo(Pricing.of(new BigDecimal("0.3"), new BigDecimal("1.2")));
  }

  @Test
  void negative_and_missing_prices_are_refused() {
    assertThatThrownBy(() -> Pricing.of(new BigDecimal("-0.01"), BigDecimal.ONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("input: must be >= 0");
    assertThatThrownBy(() -> new Pricing(Map.of(PriceComponent.INPUT, BigDecimal.ONE)))
        .hasMessage("output: is required");
  }
}
