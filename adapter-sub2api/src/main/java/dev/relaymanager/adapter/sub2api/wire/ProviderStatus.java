package dev.relaymanager.adapter.sub2api.wire;

/** MiniMax's {@code base_resp}: a non-zero {@code status_code} is a failure (cn-provider-facts). */
public record ProviderStatus(Long statusCode, String statusMsg) {}
