package dev.relaymanager.domain.provider;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A channel as the host returns it.
 *
 * @param modelMapping the host's {@code model_mapping}: platform to (requested to target)
 * @param billingModelSource the host's value, e.g. {@code channel_mapped}
 * @param status {@code active} or {@code disabled}
 * @param updatedAt the host's {@code updated_at} text, echoed on update by some clients
 */
public record LiveChannel(
    long id,
    String name,
    String description,
    String status,
    List<Long> groupIds,
    List<LiveChannelPrice> pricing,
    Map<String, Map<String, String>> modelMapping,
    String billingModelSource,
    boolean restrictModels,
    String updatedAt) {

  public LiveChannel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(billingModelSource, "billingModelSource");
    Objects.requireNonNull(updatedAt, "updatedAt");
    groupIds = List.copyOf(groupIds);
    pricing = List.copyOf(pricing);
    modelMapping = Map.copyOf(modelMapping);
  }
}
