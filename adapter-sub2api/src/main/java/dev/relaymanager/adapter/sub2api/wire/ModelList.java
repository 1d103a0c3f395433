package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of {@code GET /v1/models} (contract §10.2), not enveloped.
 *
 * @param data should be an array of objects with an {@code id}; anything else is an error
 */
public record ModelList(JsonNode data) {}
