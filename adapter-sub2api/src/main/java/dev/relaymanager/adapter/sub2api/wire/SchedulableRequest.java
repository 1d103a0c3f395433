package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code POST /api/v1/admin/accounts/:id/schedulable}. */
public record SchedulableRequest(boolean schedulable) {}
