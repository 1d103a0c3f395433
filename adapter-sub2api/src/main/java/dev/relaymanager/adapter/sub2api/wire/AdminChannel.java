package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;
import java.util.Map;

/**
 * A channel as the host returns it (contract §8).
 *
 * @param status {@code active} or {@code disabled}
 * @param updatedAt {@code 2006-01-02T15:04:05Z} style text, kept as sent
 */
public record AdminChannel(
    long id,
    String name,
    String description,
    String status,
    String billingModelSource,
    Boolean restrictModels,
    List<Long> groupIds,
    List<ModelPricing> modelPricing,
    Map<String, Map<String, String>> modelMapping,
    String updatedAt) {}
