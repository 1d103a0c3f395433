package dev.relaymanager.domain.pack;

import java.util.Objects;

/**
 * How the provider's channel (model pricing for its groups) is created (contract §8).
 *
 * @param restrictModels when true the host rejects models that the channel does not price
 */
public record ChannelSettings(BillingModelSource billingModelSource, boolean restrictModels) {
  /** The host's default billing source, and only the pack's models accepted. */
  public static final ChannelSettings DEFAULT =
      new ChannelSettings(BillingModelSource.CHANNEL_MAPPED, true);

  public ChannelSettings {
    Objects.requireNonNull(billingModelSource, "billingModelSource");
  }
}
