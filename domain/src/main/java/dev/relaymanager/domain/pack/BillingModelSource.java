package dev.relaymanager.domain.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which model name a channel bills by (contract §8). */
public enum BillingModelSource {
  /** The model the client asked for. */
  REQUESTED,
  /** The model sent upstream. */
  UPSTREAM,
  /** The model after the channel's own mapping; the host's default. */
  CHANNEL_MAPPED;

  /** The value the host expects, e.g. {@code channel_mapped}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source whose wire name is {@code text}, or empty. */
  public static Optional<BillingModelSource> fromWireName(String text) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(text)).findFirst();
  }
}
