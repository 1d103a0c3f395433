package dev.relaymanager.adapter.sub2api.wire;

import java.util.Map;

/**
 * The {@code credentials} of an API-key account as sent (contract §4, §5.2): always the full map,
 * because older hosts replace the stored map with whatever is sent.
 *
 * @param apiKey the provider key in clear; never printed
 * @param modelMapping requested model id to upstream model id; its keys are the allowlist
 */
public record AccountCredentials(String apiKey, String baseUrl, Map<String, String> modelMapping) {
  @Override
  public String toString() {
    return "AccountCredentials[api_key=***, base_url=" + baseUrl + "]";
  }
}
