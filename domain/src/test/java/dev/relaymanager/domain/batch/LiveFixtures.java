package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.ChannelPrice;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveChannelPrice;
import dev.relaymanager.domain.provider.LiveGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Host objects as a host returns them right after the manager wrote a draft: amounts come back in
 * the host's float spelling, unlimited limits as 0, mappings in another order.
 */
public final class LiveFixtures {
  private LiveFixtures() {}

  /** The group the host holds after creating {@code draft}. */
  public static LiveGroup aLiveGroupFrom(GroupDraft draft, long id) {
    Map<LimitWindow, BigDecimal> limits = new EnumMap<>(LimitWindow.class);
    for (LimitWindow window : LimitWindow.values()) {
      BigDecimal sent = draft.limitsUsd().get(window);
      limits.put(window, sent == null ? BigDecimal.ZERO : sent.setScale(2));
    }
    return new LiveGroup(
        id,
        draft.name(),
        draft.description(),
        draft.platform().wireName(),
        draft.type().wireName(),
        draft.rateMultiplier().setScale(1),
        draft.exclusive(),
        "active",
        limits);
  }

  /** The channel the host holds after creating {@code draft}: one entry per model. */
  public static LiveChannel aLiveChannelFrom(ChannelDraft draft, long id) {
    List<LiveChannelPrice> pricing = new ArrayList<>();
    for (ChannelPrice price : draft.pricing()) {
      Map<PriceComponent, BigDecimal> asFloat = new EnumMap<>(PriceComponent.class);
      price
          .usdPerToken()
          .forEach((c, p) -> asFloat.put(c, new BigDecimal(Double.toString(p.doubleValue()))));
      price
          .models()
          .forEach(
              m ->
                  pricing.add(
                      new LiveChannelPrice("openai", List.of(m.value()), "token", asFloat)));
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((from, to) -> mapping.put(from.value(), to.value()));
    return new LiveChannel(
        id,
        draft.name(),
        draft.description(),
        "active",
        draft.groupIds(),
        pricing,
        Map.of(draft.platform().wireName(), mapping),
        draft.billingModelSource().wireName(),
        draft.restrictModels(),
        "2026-11-21T09:00:00Z");
  }

  /** The account the host holds after creating {@code draft}, redacted, with a trailing slash. */
  public static LiveAccount aLiveAccountFrom(AccountDraft draft, long id) {
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((from, to) -> mapping.put(from.value(), to.value()));
    return new LiveAccount(
        id,
        draft.name(),
        draft.notes(),
        draft.platform().wireName(),
        "apikey",
        draft.baseUrl().value() + "/",
        mapping,
        draft.responsesMode(),
        draft.concurrency(),
        draft.priority(),
        "active",
        true,
        "",
        "",
        false,
        draft.groupIds());
  }

  /** {@code live} with other notes, e.g. none or another provider's marker. */
  public static LiveAccount withNotes(LiveAccount live, String notes) {
    return new LiveAccount(
        live.id(),
        live.name(),
        notes,
        live.platform(),
        live.type(),
        live.baseUrl(),
        live.modelMapping(),
        live.responsesMode(),
        live.concurrency(),
        live.priority(),
        live.status(),
        live.schedulable(),
        live.errorMessage(),
        live.tempUnschedulableReason(),
        live.rateLimited(),
        live.groupIds());
  }

  /** {@code live} with another id (a duplicate) and priority. */
  public static LiveAccount withIdAndPriority(LiveAccount live, long id, int priority) {
    return new LiveAccount(
        id,
        live.name(),
        live.notes(),
        live.platform(),
        live.type(),
        live.baseUrl(),
        live.modelMapping(),
        live.responsesMode(),
        live.concurrency(),
        priority,
        live.status(),
        live.schedulable(),
        live.errorMessage(),
        live.tempUnschedulableReason(),
        live.rateLimited(),
        live.groupIds());
  }
}
