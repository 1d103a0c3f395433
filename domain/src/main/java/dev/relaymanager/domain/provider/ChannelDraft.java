package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.pack.BillingModelSource;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A channel as the manager wants it: the groups it serves, pricing in the host's unit, the model
 * mapping for the platform, the billing source and the model restriction. Every field is sent on
 * create and update, as the host's own client does.
 */
public record ChannelDraft(
    String name,
    String description,
    List<Long> groupIds,
    Platform platform,
    List<ChannelPrice> pricing,
    Map<ModelId, ModelId> modelMapping,
    BillingModelSource billingModelSource,
    boolean restrictModels) {

  public ChannelDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(billingModelSource, "billingModelSource");
    groupIds = List.copyOf(groupIds);
    pricing = List.copyOf(pricing);
    modelMapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modelMapping));
  }
}
