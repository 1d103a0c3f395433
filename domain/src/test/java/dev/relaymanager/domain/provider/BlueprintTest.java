package dev.relaymanager.domain.provider;

import static dev.relaymanager.domain.provider.ProviderFixtures.KEY_A;
import static dev.relaymanager.domain.provider.ProviderFixtures.aDeepseekBlueprint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlueprintTest {
  @Test
  void the_subscription_group_is_exclusive_with_the_packs_positive_limits() {
    Blueprint blueprint = aDeepseekBlueprint(ImportMode.SUBSCRIPTION);

    GroupDraft group = blueprint.group();

    assertThat(group.name()).isEqualTo("rm-cn-core-deepseek-sub");
    assertThat(group.type()).isEqualTo(GroupType.SUBSCRIPTION);
    assertThat(group.platform()).isEqualTo(Platform.OPENAI);
    assertThat(group.rateMultiplier()).isEqualByComparingTo("1");
    assertThat(group.exclusive()).isTrue();
    assertThat(group.limitsUsd())
        .containsOnlyKeys(LimitWindow.DAILY, LimitWindow.MONTHLY)
        .allSatisfy((window, usd) -> assertThat(usd).isPositive());
    assertThat(group.limitsUsd().get(LimitWindow.MONTHLY)).isEqualByComparingTo("100.5");
    assertThat(group.description()).startsWith("[relay-manager] pack=cn-core@1.0.0");
  }

  @Test
  void the_self_service_group_is_standard_open_and_unlimited() {
    Blueprint blueprint = aDeepseekBlueprint(ImportMode.SELF_SERVICE);

    GroupDraft group = blueprint.group();

    assertThat(group.name()).isEqualTo("rm-cn-core-deepseek-self");
    assertThat(group.type()).isEqualTo(GroupType.STANDARD);
    assertThat(group.exclusive()).isFalse();
    assertThat(group.limitsUsd()).isEmpty();
  }

  @Test
  void channel_prices_are_exact_per_token_and_renamed_models_are_also_priced_upstream() {
    Blueprint blueprint = aDeepseekBlueprint(ImportMode.SUBSCRIPTION);

    ChannelDraft channel = blueprint.channel(List.of(12L));

    assertThat(channel.name()).isEqualTo("rm-cn-core-deepseek");
    assertThat(channel.groupIds()).containsExactly(12L);
    ChannelPrice flash = channel.pricing().get(0);
    assertThat(flash.models()).containsExactly(new ModelId("deepseek-flash"));
    assertThat(flash.usdPerToken().get(PriceComponent.INPUT)).isEqualTo(new BigDecimal("1.5E-7"));
    assertThat(flash.usdPerToken().get(PriceComponent.OUTPUT).toPlainString())
        .isEqualTo("0.0000006");
    assertThat(flash.usdPerToken().get(PriceComponent.CACHE_READ).toPlainString())
        .isEqualTo("0.000000003");
    assertThat(flash.usdPerToken()).doesNotContainKey(PriceComponent.CACHE_WRITE);
    assertThat(channel.pricing().get(2).models()).containsExactly(new ModelId("deepseek-chat"));
    assertThat(channel.modelMapping()).allSatisfy((from, to) -> assertThat(from).isEqualTo(to));
    assertThat(channel.restrictModels()).isTrue();
  }

  @Test
  void an_account_maps_every_offered_model_and_forces_chat_completions() {
    Blueprint blueprint = aDeepseekBlueprint(ImportMode.SUBSCRIPTION);

    AccountDraft account = blueprint.account(KEY_A, List.of(12L));

    assertThat(account.name()).isEqualTo("rm-cn-core-deepseek-" + KEY_A.fingerprint().shortForm());
    assertThat(account.modelMapping())
        .containsExactly(
            Map.entry(new ModelId("deepseek-flash"), new ModelId("deepseek-flash")),
            Map.entry(new ModelId("deepseek-v4-pro"), new ModelId("deepseek-v4-pro")),
            Map.entry(new ModelId("deepseek-chat"), new ModelId("deepseek-flash")));
    assertThat(account.responsesMode()).isEqualTo("force_chat_completions");
    assertThat(account.concurrency()).isEqualTo(5);
    assertThat(account.priority()).isEqualTo(50);
    assertThat(account.groupIds()).containsExactly(12L);
    assertThat(account.notes()).endsWith("key=" + KEY_A.fingerprint().shortForm());
    assertThat(account.toString()).doesNotContain(ProviderFixtures.KEY_A_TEXT);
  }

  @Test
  void the_idempotency_key_is_per_batch_and_key_and_never_the_key() {
    Blueprint blueprint = aDeepseekBlueprint(ImportMode.SUBSCRIPTION);

    IdempotencyKey key = blueprint.idempotencyKey(KEY_A.fingerprint());

    assertThat(key.value())
        .startsWith("relay-manager:b-1:")
        .doesNotContain(ProviderFixtures.KEY_A_TEXT)
        .hasSizeLessThanOrEqualTo(128);
  }

  @Test
  void a_host_without_subscriptions_or_the_native_platform_is_refused_before_any_write() {
    var spec = ProviderFixtures.aNativeDeepseekSpec();

    var refusal =
        assertThatThrownBy(
            () ->
                Blueprint.of(
                    spec,
                    ProviderFixtures.CN_CORE,
                    ImportMode.SUBSCRIPTION,
                    ResourcePrefix.DEFAULT,
                    ProviderFixtures.anOldHost(),
                    ProviderFixtures.BATCH));

    refusal
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).violations()).hasSize(2));
  }

  @Test
  void an_old_host_takes_an_openai_provider_in_self_service_without_a_channel() {
    var spec = ProviderFixtures.aDeepseekSpec();

    Blueprint blueprint =
        Blueprint.of(
            spec,
            ProviderFixtures.CN_CORE,
            ImportMode.SELF_SERVICE,
            ResourcePrefix.DEFAULT,
            ProviderFixtures.anOldHost(),
            ProviderFixtures.BATCH);

    assertThat(blueprint.hasChannel()).isFalse();
  }
}
