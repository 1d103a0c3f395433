package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.AdminGroup;
import dev.relaymanager.adapter.sub2api.wire.GroupRequest;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.provider.LiveGroup;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Converts group drafts into request bodies and host groups into {@link LiveGroup}s. */
final class GroupWireMapper {
  /**
   * "Unlimited" as sent. Not JSON null: upstream stores an explicit null as 0 (findings §3), which
   * reads back as drift and may block usage if a future build enforces 0; a negative limit is
   * stored as NULL by upstream and read as unlimited by every build in the contract (§7.2), forks
   * included. Never 0.
   */
  static final BigDecimal UNLIMITED = BigDecimal.ONE.negate();

  private GroupWireMapper() {}

  /** Every field explicit, the three limits included (older hosts clear omitted limits). */
  static GroupRequest toRequest(GroupDraft draft) {
    Map<LimitWindow, BigDecimal> limits = draft.limitsUsd();
    return new GroupRequest(
        draft.name(),
        draft.description(),
        draft.platform().wireName(),
        draft.rateMultiplier(),
        draft.exclusive(),
        draft.type().wireName(),
        limits.getOrDefault(LimitWindow.DAILY, UNLIMITED),
        limits.getOrDefault(LimitWindow.WEEKLY, UNLIMITED),
        limits.getOrDefault(LimitWindow.MONTHLY, UNLIMITED));
  }

  /** The group; null and negative limits (unlimited) are left out, 0 is kept so drift shows. */
  static LiveGroup toLive(AdminGroup group) {
    Map<LimitWindow, BigDecimal> limits = new EnumMap<>(LimitWindow.class);
    putLimit(limits, LimitWindow.DAILY, group.dailyLimitUsd());
    putLimit(limits, LimitWindow.WEEKLY, group.weeklyLimitUsd());
    putLimit(limits, LimitWindow.MONTHLY, group.monthlyLimitUsd());
    return new LiveGroup(
        group.id(),
        WireValues.text(group.name()),
        WireValues.text(group.description()),
        WireValues.text(group.platform()),
        WireValues.text(group.subscriptionType()),
        WireValues.number(group.rateMultiplier()).orElse(BigDecimal.ZERO),
        Boolean.TRUE.equals(group.isExclusive()),
        WireValues.text(group.status()),
        limits);
  }

  private static void putLimit(
      Map<LimitWindow, BigDecimal> limits, LimitWindow window, BigDecimal usd) {
    WireValues.number(usd)
        .filter(value -> value.signum() >= 0)
        .ifPresent(value -> limits.put(window, value));
  }
}
