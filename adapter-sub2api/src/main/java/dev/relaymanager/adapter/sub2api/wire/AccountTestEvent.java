package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code data:} frame of the account test stream (contract §6); every field but {@code type} is
 * optional, and {@code success} is missing when false.
 *
 * @param type {@code test_start}, {@code status}, {@code content}, {@code test_complete} or {@code
 *     error}
 * @param model on {@code test_start}: the upstream model actually used
 * @param error the failure text, usually {@code API returned <status>: <upstream body>}
 */
public record AccountTestEvent(String type, String model, Boolean success, JsonNode error) {}
