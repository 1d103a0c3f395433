package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.BillingModelSource;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.ChannelPrice;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.GroupType;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Drafts of host objects, as an import of the DeepSeek provider of {@code cn-core} makes them. */
final class HostObjects {
  static final String UPSTREAM_KEY = "sk-deepseek-" + "a1b2c3d4".repeat(4);

  private HostObjects() {}

  /** A subscription group with a monthly limit only. */
  static GroupDraft aSubscriptionGroup() {
    return new GroupDraft(
        "rm-cn-core-deepseek-subscription",
        "[relay-manager] pack=cn-core",
        Platform.OPENAI,
        GroupType.SUBSCRIPTION,
        BigDecimal.ONE,
        true,
        Map.of(LimitWindow.MONTHLY, new BigDecimal("50")));
  }

  static AccountDraft anAccount() {
    return new AccountDraft(
        "rm-deepseek-3f2a9c1b",
        "[relay-manager] pack=cn-core provider=deepseek batch=42",
        Platform.OPENAI,
        Secret.of(UPSTREAM_KEY),
        new BaseUrl("https://api.deepseek.com"),
        Map.of(new ModelId("deepseek-chat"), new ModelId("deepseek-chat")),
        AccountDraft.FORCE_CHAT_COMPLETIONS,
        5,
        50,
        BigDecimal.ONE,
        List.of(12L));
  }

  /** Input and output priced, cache reads too, cache writes not. */
  static ChannelDraft aChannel() {
    ChannelPrice price =
        new ChannelPrice(
            List.of(new ModelId("deepseek-chat"), new ModelId("deepseek-reasoner")),
            Map.of(
                PriceComponent.INPUT, new BigDecimal("0.00000027"),
                PriceComponent.OUTPUT, new BigDecimal("0.0000011"),
                PriceComponent.CACHE_READ, new BigDecimal("0.00000007")));
    return new ChannelDraft(
        "rm-deepseek",
        "[relay-manager] pack=cn-core",
        List.of(12L, 13L),
        Platform.OPENAI,
        List.of(price),
        Map.of(new ModelId("deepseek-v3"), new ModelId("deepseek-chat")),
        BillingModelSource.CHANNEL_MAPPED,
        true);
  }
}
