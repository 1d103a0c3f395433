package dev.relaymanager.acceptance.simhost.upstream;

import java.util.Map;

/**
 * What the simulated provider answered.
 *
 * @param status HTTP status
 * @param body the JSON body
 * @param latencyMs how long the answer took
 * @param hostGap true when the provider answered fine but the host cannot forward it
 */
public record UpstreamResult(
    int status, Map<String, Object> body, long latencyMs, boolean hostGap) {

  /** True for a 2xx answer. */
  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
