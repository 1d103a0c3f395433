package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/admin/accounts/:id} that only replaces the group bindings; the
 * host's pointer semantics keep every other field, the credentials included.
 */
public record AccountGroupsRequest(List<Long> groupIds) {}
