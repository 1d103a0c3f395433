package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code PUT /api/v1/admin/api-keys/:id} (contract §9.3); 0 unbinds. */
public record KeyRebindRequest(long groupId) {}
