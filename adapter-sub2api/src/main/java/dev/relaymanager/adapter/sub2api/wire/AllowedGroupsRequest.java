package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;

/** The body of {@code PUT /api/v1/admin/users/:id} that replaces only the allowed groups. */
public record AllowedGroupsRequest(List<Long> allowedGroups) {}
