package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.AccountSettings;
import dev.relaymanager.domain.pack.BillingModelSource;
import dev.relaymanager.domain.pack.ChannelSettings;
import dev.relaymanager.domain.pack.GroupSettings;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.ModelOffer;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.PackSource;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.pack.Pricing;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.pack.SelfServiceSettings;
import dev.relaymanager.domain.pack.SmokeSettings;
import dev.relaymanager.domain.pack.SubscriptionSettings;
import dev.relaymanager.domain.pack.UsdLimit;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Provider specs, blueprints and providers in the states the import tests need. */
public final class ProviderFixtures {
  public static final PackRef CN_CORE = PackRef.parse("pack", "cn-core@1.0.0");
  public static final BatchId BATCH = new BatchId("b-1");
  public static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  public static final String KEY_A_TEXT = "sk-deepseek-aaaaaaaaaaaaaaaa";
  public static final String KEY_B_TEXT = "sk-deepseek-bbbbbbbbbbbbbbbb";
  public static final Secret KEY_A = Secret.of(KEY_A_TEXT);
  public static final Secret KEY_B = Secret.of(KEY_B_TEXT);

  private ProviderFixtures() {}

  /**
   * DeepSeek on the openai platform: flash with a cache price, v4-pro, and "deepseek-chat" offered
   * as a rename of flash; subscription limits of 5 a day, unlimited a week, 100.50 a month.
   */
  public static ProviderSpec aDeepseekSpec() {
    return spec(Platform.OPENAI);
  }

  /** The same provider on the native deepseek platform. */
  public static ProviderSpec aNativeDeepseekSpec() {
    return spec(Platform.DEEPSEEK);
  }

  /** A current host with channels, subscriptions and the native CN platforms. */
  public static HostCapabilities aModernHost() {
    return HostFixtures.aModernHostsCapabilities();
  }

  /** An old host: openai only, no channels, no subscriptions. */
  public static HostCapabilities anOldHost() {
    return new HostCapabilities(false, false, false, false, Set.of("openai"), false, false, false);
  }

  /** The blueprint of {@link #aDeepseekSpec()} in {@code mode} on a modern host. */
  public static Blueprint aDeepseekBlueprint(ImportMode mode) {
    return Blueprint.of(
        aDeepseekSpec(), CN_CORE, mode, ResourcePrefix.DEFAULT, aModernHost(), BATCH);
  }

  /** DeepSeek of cn-core on host h-1, nothing imported yet. */
  public static Provider aNewDeepseekProvider() {
    return Provider.create(new ProviderId("p-1"), new HostId("h-1"), CN_CORE, aDeepseekSpec(), NOW);
  }

  private static ProviderSpec spec(Platform platform) {
    ModelId flash = new ModelId("deepseek-flash");
    Pricing flashPrice =
        Pricing.of(new BigDecimal("0.15"), new BigDecimal("0.60"))
            .with(PriceComponent.CACHE_READ, new BigDecimal("0.003"));
    List<ModelOffer> models =
        List.of(
            ModelOffer.of(flash, flashPrice),
            ModelOffer.of(
                new ModelId("deepseek-v4-pro"),
                Pricing.of(new BigDecimal("0.66"), new BigDecimal("1.98"))),
            new ModelOffer(new ModelId("deepseek-chat"), flash, flashPrice));
    SubscriptionSettings terms =
        new SubscriptionSettings(
            30,
            UsdLimit.of(new BigDecimal("5")),
            UsdLimit.unlimited(),
            UsdLimit.of(new BigDecimal("100.50")));
    return new ProviderSpec(
        new ProviderName("deepseek"),
        "DeepSeek",
        platform,
        new BaseUrl("https://api.deepseek.com"),
        flash,
        models,
        new AccountSettings(5, 50, BigDecimal.ONE),
        new GroupSettings(BigDecimal.ONE, terms, SelfServiceSettings.DEFAULT),
        new ChannelSettings(BillingModelSource.CHANNEL_MAPPED, true),
        SmokeSettings.DEFAULT,
        new PackSource(
            "https://api-docs.deepseek.com/quick_start/pricing", LocalDate.of(2026, 11, 1)));
  }
}
