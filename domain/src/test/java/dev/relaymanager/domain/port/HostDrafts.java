package dev.relaymanager.domain.port;

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

/** Drafts of host objects for the {@link HostAdminContract} cases, named by what they exercise. */
public final class HostDrafts {
  /** A key the simulated and in-memory providers both accept, as text and as a secret. */
  public static final String GOOD_KEY_TEXT = "sk-sim-ok-contract-0001";

  public static final Secret GOOD_KEY = Secret.of(GOOD_KEY_TEXT);

  public static final ModelId CHAT = new ModelId("deepseek-chat");
  public static final ModelId FLASH = new ModelId("deepseek-flash");
  public static final ModelId PRO = new ModelId("deepseek-v4-pro");

  private HostDrafts() {}

  /** A standard openai group, rate multiplier written with a trailing zero, no limits. */
  public static GroupDraft aStandardGroup(String name) {
    return new GroupDraft(
        name,
        "[relay-manager] contract",
        Platform.OPENAI,
        GroupType.STANDARD,
        new BigDecimal("1.50"),
        false,
        Map.of());
  }

  /** An exclusive subscription group on the deepseek platform: 5 a day, 100.50 a month. */
  public static GroupDraft aSubscriptionGroup(String name) {
    return new GroupDraft(
        name,
        "[relay-manager] contract, edited",
        Platform.DEEPSEEK,
        GroupType.SUBSCRIPTION,
        new BigDecimal("0.8"),
        true,
        Map.of(
            LimitWindow.DAILY, new BigDecimal("5"), LimitWindow.MONTHLY, new BigDecimal("100.50")));
  }

  /**
   * An openai account for {@code key}: chat renamed to flash, pro as is, bound to {@code groups}.
   */
  public static AccountDraft anAccount(String name, Secret key, List<Long> groups) {
    return new AccountDraft(
        name,
        "[relay-manager] contract key=" + key.fingerprint().shortForm(),
        Platform.OPENAI,
        key,
        new BaseUrl("https://api.deepseek.com"),
        Map.of(FLASH, FLASH, CHAT, FLASH, PRO, PRO),
        AccountDraft.FORCE_CHAT_COMPLETIONS,
        5,
        50,
        BigDecimal.ONE,
        groups);
  }

  /** {@link #anAccount} with another mapping, concurrency, priority and groups. */
  public static AccountDraft anEditedAccount(String name, Secret key, List<Long> groups) {
    return new AccountDraft(
        name,
        "[relay-manager] contract, edited",
        Platform.OPENAI,
        key,
        new BaseUrl("https://api.deepseek.com/v1"),
        Map.of(PRO, PRO),
        AccountDraft.FORCE_CHAT_COMPLETIONS,
        2,
        10,
        new BigDecimal("1.2"),
        groups);
  }

  /** A channel for {@code groups}: priced per token, chat mapped to flash, restricted. */
  public static ChannelDraft aChannel(String name, List<Long> groups) {
    return new ChannelDraft(
        name,
        "[relay-manager] contract",
        groups,
        Platform.OPENAI,
        List.of(
            new ChannelPrice(
                List.of(FLASH, CHAT),
                Map.of(
                    PriceComponent.INPUT, new BigDecimal("0.00000015"),
                    PriceComponent.OUTPUT, new BigDecimal("0.0000006"),
                    PriceComponent.CACHE_READ, new BigDecimal("0.000000003"))),
            new ChannelPrice(
                List.of(PRO),
                Map.of(
                    PriceComponent.INPUT, new BigDecimal("0.00000066"),
                    PriceComponent.OUTPUT, new BigDecimal("0.00000198"),
                    PriceComponent.CACHE_WRITE, new BigDecimal("0.0000012")))),
        Map.of(CHAT, FLASH),
        BillingModelSource.CHANNEL_MAPPED,
        true);
  }

  /** {@link #aChannel} repriced, without a mapping, billed by the requested model, unrestricted. */
  public static ChannelDraft anEditedChannel(String name, List<Long> groups) {
    return new ChannelDraft(
        name,
        "[relay-manager] contract, edited",
        groups,
        Platform.OPENAI,
        List.of(
            new ChannelPrice(
                List.of(PRO),
                Map.of(
                    PriceComponent.INPUT, new BigDecimal("0.0000007"),
                    PriceComponent.OUTPUT, new BigDecimal("0.000002")))),
        Map.of(),
        BillingModelSource.REQUESTED,
        false);
  }
}
