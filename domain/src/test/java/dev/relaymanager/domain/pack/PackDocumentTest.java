package dev.relaymanager.domain.pack;

import static dev.relaymanager.domain.pack.PackFixtures.aMinimalValidPackTree;
import static dev.relaymanager.domain.pack.PackFixtures.aTwoProviderPackTree;
import static dev.relaymanager.domain.pack.TreeEdits.remove;
import static dev.relaymanager.domain.pack.TreeEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackDocumentTest {

  @Test
  void a_minimal_pack_is_read_with_every_default_applied() {
    Map<String, Object> tree = aMinimalValidPackTree();

    Pack pack = PackDocument.read(tree);

    ProviderSpec deepseek = pack.providers().get(0);
    assertThat(pack.ref()).hasToString("minimal@1.0.0");
    assertThat(deepseek.platform()).isEqualTo(Platform.OPENAI);
    assertThat(deepseek.account()).isEqualTo(AccountSettings.DEFAULT);
    assertThat(deepseek.group()).isEqualTo(GroupSettings.DEFAULT);
    assertThat(deepseek.channel()).isEqualTo(ChannelSettings.DEFAULT);
    assertThat(deepseek.smoke().maxTokens()).isEqualTo(1024);
    assertThat(deepseek.models().get(0).upstreamId()).isEqualTo(new ModelId("deepseek-flash"));
    assertThat(deepseek.source().asOf()).isEqualTo(LocalDate.parse("2026-11-01"));
  }

  @Test
  void the_defaults_are_the_documented_ones() {
    GroupSettings group = GroupSettings.DEFAULT;

    assertThat(AccountSettings.DEFAULT).isEqualTo(new AccountSettings(10, 50, BigDecimal.ONE));
    assertThat(group.rateMultiplier()).isEqualByComparingTo("1");
    assertThat(group.subscription().validityDays()).isEqualTo(30);
    assertThat(group.subscription().dailyLimit().usd()).isEmpty();
    assertThat(group.subscription().weeklyLimit().usd()).isEmpty();
    assertThat(group.subscription().monthlyLimit().usd()).isEmpty();
    assertThat(group.selfService().initialBalanceUsd()).isEqualByComparingTo("5");
    assertThat(ChannelSettings.DEFAULT.billingModelSource())
        .isEqualTo(BillingModelSource.CHANNEL_MAPPED);
    assertThat(ChannelSettings.DEFAULT.restrictModels()).isTrue();
  }

  @Test
  void every_written_setting_is_read() {
    Map<String, Object> tree = aTwoProviderPackTree();

    ProviderSpec zhipu = PackDocument.read(tree).providers().get(1);

    assertThat(zhipu.account()).isEqualTo(new AccountSettings(3, 10, new BigDecimal("1.5")));
    assertThat(zhipu.group().rateMultiplier()).isEqualByComparingTo("2");
    assertThat(zhipu.group().subscription().validityDays()).isEqualTo(7);
    assertThat(zhipu.group().subscription().dailyLimit().usd()).hasValue(new BigDecimal("5"));
    assertThat(zhipu.group().subscription().weeklyLimit()).isEqualTo(UsdLimit.unlimited());
    assertThat(zhipu.group().subscription().monthlyLimit().text()).isEqualTo("100.5");
    assertThat(zhipu.group().selfService().initialBalanceUsd()).isEqualByComparingTo("0");
    assertThat(zhipu.channel()).isEqualTo(new ChannelSettings(BillingModelSource.UPSTREAM, false));
    assertThat(zhipu.smoke().maxTokens()).isEqualTo(2048);
    assertThat(zhipu.models().get(0).pricing().perMillion(PriceComponent.CACHE_READ))
        .hasValue(new BigDecimal("0.03"));
  }

  @Test
  void every_problem_is_reported_at_once_with_its_path() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1].models[0].pricing", "input", -1);
    set(tree, "providers[0]", "colour", "blue");
    set(tree, "providers[1]", "smoke_test_model", "glm-9");
    set(tree, "", "name", "Core Pack");

    PackValidation result = PackDocument.validate(tree);

    assertThat(violations(result))
        .containsExactlyInAnyOrder(
            "providers[1].models[0].pricing.input: must be >= 0",
            "providers[0].colour: unknown field",
            "providers[1].smoke_test_model: must be one of the provider's models"
                + " (glm-5.3-flash, glm-5.3)",
            "name: must be a slug: 1-40 lowercase letters, digits or '-', not starting or ending"
                + " with '-'");
  }

  @Test
  void read_throws_one_exception_carrying_every_violation() {
    Map<String, Object> tree = aMinimalValidPackTree();
    remove(tree, "", "version");
    remove(tree, "providers[0]", "base_url");

    assertThatThrownBy(() -> PackDocument.read(tree))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::toString)
                    .containsExactlyInAnyOrder(
                        "version: is required", "providers[0].base_url: is required"));
  }

  @Test
  void unknown_fields_are_refused_at_every_level() {
    Map<String, Object> tree = aTwoProviderPackTree();
    List<String> objects =
        List.of(
            "",
            "providers[1]",
            "providers[1].models[0]",
            "providers[1].models[0].pricing",
            "providers[1].account",
            "providers[1].group",
            "providers[1].group.subscription",
            "providers[1].group.self_service",
            "providers[1].channel",
            "providers[1].smoke",
            "providers[1].source");
    objects.forEach(path -> set(tree, path, "extra", true));

    PackValidation result = PackDocument.validate(tree);

    assertThat(violations(result))
        .containsExactlyInAnyOrderElementsOf(
            objects.stream()
                .map(path -> (path.isEmpty() ? "" : path + ".") + "extra: unknown field")
                .toList());
  }

  @Test
  void missing_required_fields_are_reported() {
    Map<String, Object> tree = aMinimalValidPackTree();
    List.of("schema", "name", "description").forEach(key -> remove(tree, "", key));
    List.of("name", "display_name", "smoke_test_model", "source")
        .forEach(key -> remove(tree, "providers[0]", key));
    remove(tree, "providers[0].models[1]", "pricing");
    remove(tree, "providers[0].models[0].pricing", "output");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactlyInAnyOrder(
            "schema: is required",
            "name: is required",
            "description: is required",
            "providers[0].name: is required",
            "providers[0].display_name: is required",
            "providers[0].smoke_test_model: is required",
            "providers[0].source: is required",
            "providers[0].models[1].pricing: is required",
            "providers[0].models[0].pricing.output: is required");
  }

  @Test
  void wrong_types_are_reported() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "", "description", 42);
    set(tree, "providers[0]", "display_name", null);
    set(tree, "providers[0].models[0].pricing", "input", "0.15");
    set(tree, "providers[1]", "account", List.of());
    set(tree, "providers[1].channel", "restrict_models", "yes");
    set(tree, "providers[1].smoke", "max_tokens", 1024.5);

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactlyInAnyOrder(
            "description: must be a string",
            "providers[0].display_name: must not be null",
            "providers[0].models[0].pricing.input: must be a number",
            "providers[1].account: must be an object",
            "providers[1].channel.restrict_models: must be true or false",
            "providers[1].smoke.max_tokens: must be a whole number");
  }

  @Test
  void a_document_that_is_not_an_object_is_refused() {
    assertThat(violations(PackDocument.validate(List.of("providers"))))
        .containsExactly("must be an object");
    assertThat(violations(PackDocument.validate(null))).containsExactly("must be an object");
  }

  @Test
  void the_schema_must_be_v1() {
    Map<String, Object> tree = set(aMinimalValidPackTree(), "", "schema", "relay-manager.pack/v2");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly("schema: must be relay-manager.pack/v1");
  }

  @Test
  void versions_must_be_semantic() {
    Map<String, Object> tree = set(aMinimalValidPackTree(), "", "version", "2026.11");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly(
            "version: must be a semantic version MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.0.0");
  }

  @Test
  void duplicate_provider_names_are_refused() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[1]", "name", "deepseek");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly(
            "providers[1].name: duplicate provider name 'deepseek' (also at providers[0])");
  }

  @Test
  void duplicate_model_ids_are_refused() {
    Map<String, Object> tree = aMinimalValidPackTree();
    set(tree, "providers[0].models[1]", "id", "deepseek-flash");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly(
            "providers[0].models[1].id: duplicate model id 'deepseek-flash'"
                + " (also at providers[0].models[0].id)");
  }

  @Test
  void slugs_and_model_ids_are_checked() {
    Map<String, Object> tree = aMinimalValidPackTree();
    set(tree, "providers[0]", "name", "-deepseek");
    set(tree, "providers[0].models[0]", "upstream_id", "deepseek *");

    assertThat(violations(PackDocument.validate(tree)))
        .extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactlyInAnyOrder("providers[0].name", "providers[0].models[0].upstream_id");
  }

  @Test
  void base_urls_must_be_http_or_https() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[0]", "base_url", "ftp://api.deepseek.com");
    set(tree, "providers[1]", "base_url", "api.deepseek.com");

    assertThat(violations(PackDocument.validate(tree)))
        .containsExactly(
            "providers[0].base_url: must start with http:// or https://",
            "providers[1].base_url: must start with http:// or https://");
  }

  @Test
  void the_platform_must_be_a_host_platform_and_never_qwen() {
    Map<String, Object> tree = aTwoProviderPackTree();
    set(tree, "providers[0]", "platform", "qwen");
    set(tree, "providers[1]", "platform", "OpenAI");

    List<String> problems = violations(PackDocument.validate(tree));

    assertThat(problems.get(0))
        .startsWith(
            "providers[0].platform: must be one of openai, anthropic, gemini, deepseek, kimi,"
                + " zhipu, minimax")
        .contains("no qwen platform");
    assertThat(problems.get(1)).startsWith("providers[1].platform: must be one of");
  }

  @Test
  void native_platforms_are_accepted() {
    Map<String, Object> tree = set(aMinimalValidPackTree(), "providers[0]", "platform", "deepseek");

    assertThat(PackDocument.read(tree).providers().get(0).platform()).isEqualTo(Platform.DEEPSEEK);
  }

  @Test
  void the_normalized_document_reads_back_into_the_same_pack() {
    Pack pack = PackDocument.read(aTwoProviderPackTree());

    Pack again = PackDocument.read(pack.toDocument());

    assertThat(again.providers()).isEqualTo(pack.providers());
    assertThat(again.contentDigest()).isEqualTo(pack.contentDigest());
  }

  static List<String> violations(PackValidation result) {
    assertThat(result).isInstanceOf(PackValidation.Invalid.class);
    return ((PackValidation.Invalid) result)
        .violations().stream().map(Violation::toString).toList();
  }
}
