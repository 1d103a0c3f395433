package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;

/** The body of {@code POST /api/v1/admin/subscriptions/bulk-assign} (contract §9.2). */
public record BulkAssignRequest(List<Long> userIds, long groupId, int validityDays, String notes) {}
