package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of {@code GET /v1/usage} (contract §10.2), not enveloped; camelCase as the host sends.
 *
 * @param remaining a number or text, depending on the build
 */
public record KeyUsage(String mode, @JsonProperty("isValid") Boolean isValid, JsonNode remaining) {}
