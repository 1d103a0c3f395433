package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of {@code GET /api/v1/admin/settings} the manager reads; missing ones are null.
 *
 * @param defaultSubscriptions subscriptions the host assigns to every new user (shape varies)
 */
public record AdminSettings(
    Boolean backendModeEnabled,
    Boolean allowUngroupedKeyScheduling,
    Double defaultBalance,
    Integer defaultConcurrency,
    JsonNode defaultSubscriptions) {}
