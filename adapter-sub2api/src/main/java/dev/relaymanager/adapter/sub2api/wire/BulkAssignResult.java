package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;
import java.util.Map;

/**
 * The data of a bulk assignment (contract §9.2, findings §7); a partial failure is still HTTP 200.
 *
 * @param statuses {@code created}, {@code reused} or {@code failed} per user id; absent on older
 *     hosts
 * @param errors the host's texts for the failures, not tied to users by structure
 */
public record BulkAssignResult(
    Integer successCount,
    Integer failedCount,
    List<AdminSubscription> subscriptions,
    List<String> errors,
    Map<String, String> statuses) {}
