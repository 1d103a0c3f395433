package dev.relaymanager.adapter.sub2api.wire;

import java.util.Map;

/**
 * The {@code credentials} of an account as read back. It has no {@code api_key} field on purpose:
 * older hosts return the key in clear, and ignoring the field means it is never held.
 */
public record AccountCredentialsView(String baseUrl, Map<String, String> modelMapping) {}
