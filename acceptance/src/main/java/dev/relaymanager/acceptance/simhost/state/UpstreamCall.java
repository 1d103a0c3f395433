package dev.relaymanager.acceptance.simhost.state;

/**
 * One call the simulated provider received.
 *
 * @param url the upstream URL the host built
 * @param via {@code host} (gateway or account test) or {@code direct}
 * @param accountId the calling account, or null for direct calls
 * @param keyHint the last four characters of the upstream key
 * @param model the model sent upstream
 * @param status the status the provider answered
 */
public record UpstreamCall(
    String url, String via, Long accountId, String keyHint, String model, int status) {}
