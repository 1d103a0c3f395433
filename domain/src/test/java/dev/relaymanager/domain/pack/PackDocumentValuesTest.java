package dev.relaymanager.domain.pack;

import static dev.relaymanager.domain.pack.PackDocumentTest.violations;
import static dev.relaymanager.domain.pack.PackFixtures.aMinimalValidPackTree;
import static dev.relaymanager.domain.pack.PackFixtures.aTwoProviderPackTree;
import static dev.relaymanager.domain.pack.TreeEdits.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value rules of pack documents: ranges, enums, limits, list sizes and number types. */
class PackDocumentValuesTest {

  @Test
  void limits_are_positive_or_unlimited_and_never_zero() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1].group.subscription", "daily_limit_usd", 0);
    set(tree, "providers[1].group.subscription", "weekly_limit_usd", "none");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly(
            "providers[1].group.subscription.daily_limit_usd: must be a number > 0 or \"unlimited\""
                + " (0 means unlimited on some hosts and blocked on others)",
            "providers[1].group.subscription.weekly_limit_usd: must be a number > 0 or"
                + " \"unlimited\" (0 means unlimited on some hosts and blocked on others)");
  }

  @Test
  void ranges_and_enums_are_checked() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1].group", "rate_multiplier", 0);
    set(tree, "providers[1].account", "concurrency", -1);
    set(tree, "providers[1].group.subscription", "validity_days", 0);
    set(tree, "providers[1].channel", "billing_model_source", "mapped");
    set(tree, "providers[1].smoke", "max_tokens", 0);
    set(tree, "providers[1].group.self_service", "initial_balance_usd", -5);
    set(tree, "providers[1].source", "as_of", "29.09.2026");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactlyInAnyOrder(
            "providers[1].group.rate_multiplier: must be > 0",
            "providers[1].account.concurrency: must be between 0 and 100000",
            "providers[1].group.subscription.validity_days: must be between 1 and 3650",
            "providers[1].channel.billing_model_source: must be one of requested, upstream,"
                + " channel_mapped",
            "providers[1].smoke.max_tokens: must be between 1 and 131072",
            "providers[1].group.self_service.initial_balance_usd: must be >= 0",
            "providers[1].source.as_of: must be a date YYYY-MM-DD");
  }

  @Test
  void lists_must_not_be_empty() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1]", "models", List.of());
    set(tree, "providers[0]", "models", "deepseek-flash");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly(
            "providers[0].models: must be a list", "providers[1].models: must not be empty");
    assertThat(violations(PackDocument.validate(set(tree, "", "providers", List.of()))))
        .containsExactly("providers: must not be empty");
  }

  @Test
  void a_provider_offers_at_most_a_hundred_models() {
    List<Object> models = PackFixtures.list();
    for (int i = 0; i <= 100; i++) {
      models.add(PackFixtures.model("m-" + i, PackFixtures.pricing(1, 2)));
    }
    Map<String, Object> tree = aMinimalValidPackTree();
    set(tree, "providers[0]", "models", models);
    set(tree, "providers[0]", "smoke_test_model", "m-0");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly("providers[0].models: must list at most 100 models");
  }

  @Test
  void numbers_of_any_parser_type_are_read_exactly() {
    Map<String, Object> tree = aMinimalValidPackTree();
    set(tree, "providers[0].models[0].pricing", "input", new BigDecimal("0.150"));
    set(tree, "providers[0].models[0].pricing", "output", 0.6f);
    set(tree, "providers[0].models[1].pricing", "input", BigInteger.ONE);
    set(tree, "providers[0].models[1].pricing", "output", 2L);

    List<ModelOffer> models = PackDocument.read(tree).providers().get(0).models();

    assertThat(models.get(0).pricing().input()).isEqualTo(new BigDecimal("0.15"));
    assertThat(models.get(0).pricing().output()).isEqualTo(new BigDecimal("0.6"));
    assertThat(models.get(1).pricing().input()).isEqualTo(BigDecimal.ONE);
    assertThat(models.get(1).pricing().output()).isEqualTo(new BigDecimal("2"));
  }

  @Test
  void a_non_finite_number_is_refused() {
    Map<String, Object> tree =
        set(aMinimalValidPackTree(), "providers[0].models[0].pricing", "input", Double.NaN);

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly("providers[0].models[0].pricing.input: must be a finite number");
  }
}
