package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code POST /api/v1/admin/subscriptions/assign} (contract §9.2). */
public record AssignRequest(long userId, long groupId, int validityDays, String notes) {}
