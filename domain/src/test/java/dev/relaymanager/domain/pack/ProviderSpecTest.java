package dev.relaymanager.domain.pack;

import static dev.relaymanager.domain.pack.PackFixtures.aMinimalValidPackTree;
import static dev.relaymanager.domain.pack.TreeEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSpecTest {

  @Test
  void the_model_mapping_has_an_identity_entry_for_every_model_that_is_not_renamed() {
    Map<String, Object> tree = aMinimalValidPackTree();
    set(tree, "providers[0].models[1]", "id", "deepseek-pro");
    set(tree, "providers[0].models[1]", "upstream_id", "deepseek-v4-pro");

    ProviderSpec deepseek = PackDocument.read(tree).providers().get(0);

    assertThat(deepseek.modelMapping())
        .containsExactly(
            Map.entry(new ModelId("deepseek-flash"), new ModelId("deepseek-flash")),
            Map.entry(new ModelId("deepseek-pro"), new ModelId("deepseek-v4-pro")));
    assertThat(deepseek.models().get(1).isRenamed()).isTrue();
    assertThat(deepseek.modelIds())
        .containsExactly(new ModelId("deepseek-flash"), new ModelId("deepseek-pro"));
  }

  @Test
  void the_smoke_test_model_must_be_offered_even_when_built_directly() {
    ProviderSpec deepseek = PackDocument.read(aMinimalValidPackTree()).providers().get(0);

    assertThatThrownBy(
            () ->
                new ProviderSpec(
                    deepseek.name(),
                    deepseek.displayName(),
                    deepseek.platform(),
                    deepseek.baseUrl(),
                    new ModelId("deepseek-chat"),
                    deepseek.models(),
                    deepseek.account(),
                    deepseek.group(),
                    deepseek.channel(),
                    deepseek.smoke(),
                    deepseek.source()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "smoke_test_model: must be one of the provider's models (deepseek-flash,"
                + " deepseek-v4-pro)");
  }

  @Test
  void model_ids_keep_case_and_refuse_wildcards_and_spaces() {
    assertThat(new ModelId("MiniMax-M2.7").value()).isEqualTo("MiniMax-M2.7");
    assertThat(new ModelId("deepseek-ai/DeepSeek-V4-Pro").value()).contains("/");
    List.of("gpt-*", "a b", "", "-x")
        .forEach(
            id ->
                assertThatThrownBy(() -> new ModelId(id))
                    .isInstanceOf(InvalidInputException.class));
  }

  @Test
  void limits_refuse_zero_and_print_as_written() {
    assertThat(UsdLimit.unlimited().text()).isEqualTo("unlimited");
    assertThat(UsdLimit.of(new java.math.BigDecimal("10.50")).text()).isEqualTo("10.5");
    assertThatThrownBy(() -> UsdLimit.of(java.math.BigDecimal.ZERO))
        .isInstanceOf(InvalidInputException.class);
  }
}
