package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/admin/channels} and {@code PUT /api/v1/admin/channels/:id} as the
 * host's web client sends it (contract §8): every field, arrays and maps in full.
 *
 * @param modelMapping platform to (requested to target); {@code {}} when there is no mapping
 * @param expectedUpdatedAt the {@code updated_at} of the last read, on update only; one client
 *     version sends it, upstream ignores it (findings §4)
 */
public record ChannelRequest(
    String name,
    String description,
    List<Long> groupIds,
    List<ModelPricing> modelPricing,
    Map<String, Map<String, String>> modelMapping,
    String billingModelSource,
    boolean restrictModels,
    @JsonInclude(JsonInclude.Include.NON_NULL) String expectedUpdatedAt) {}
