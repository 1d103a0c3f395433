package dev.relaymanager.domain.pack;

import static dev.relaymanager.domain.pack.PackFixtures.aMinimalValidPackTree;
import static dev.relaymanager.domain.pack.PackFixtures.aTwoProviderPackTree;
import static dev.relaymanager.domain.pack.TreeEdits.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackWarningsTest {

  @Test
  void a_pack_without_risks_has_no_warnings() {
    PackValidation result = PackDocument.validate(aTwoProviderPackTree());

    assertThat(warnings(result)).isEmpty();
  }

  @Test
  void a_v4_base_url_on_the_openai_platform_is_a_warning_not_an_error() {
    Map<String, Object> tree =
        set(
            aTwoProviderPackTree(),
            "providers[1]",
            "base_url",
            "https://open.bigmodel.cn/api/paas/v4");

    List<PackWarning> warnings = warnings(PackDocument.validate(tree));

    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("providers[1].base_url");
              assertThat(w.message()).contains("/v4/v1/chat/completions").contains("§10.4");
            });
  }

  @Test
  void a_v4_base_url_on_the_native_zhipu_platform_is_fine() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1]", "base_url", "https://open.bigmodel.cn/api/paas/v4");
    set(tree, "providers[1]", "platform", "zhipu");

    assertThat(warnings(PackDocument.validate(tree))).isEmpty();
  }

  @Test
  void a_small_smoke_budget_is_a_warning() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1].smoke", "max_tokens", 16);

    assertThat(warnings(PackDocument.validate(tree)))
        .extracting(PackWarning::path)
        .containsExactly("providers[1].smoke.max_tokens");
  }

  @Test
  void a_model_that_costs_nothing_is_a_warning() {
    Map<String, Object> tree = aMinimalValidPackTree();
    set(tree, "providers[0].models[1]", "pricing", PackFixtures.pricing(0, 0));

    assertThat(warnings(PackDocument.validate(tree)))
        .extracting(PackWarning::toString)
        .containsExactly(
            "providers[0].models[1].pricing: input and output are both 0: users will not be"
                + " billed for this model");
  }

  private static List<PackWarning> warnings(PackValidation result) {
    assertThat(result).isInstanceOf(PackValidation.Valid.class);
    return ((PackValidation.Valid) result).warnings();
  }
}
