package dev.relaymanager.domain.provider;

import java.util.Locale;

/** The windows of a subscription group's spending limits. */
public enum LimitWindow {
  DAILY,
  WEEKLY,
  MONTHLY;

  /** The host's field name, e.g. {@code daily_limit_usd}. */
  public String hostField() {
    return name().toLowerCase(Locale.ROOT) + "_limit_usd";
  }
}
