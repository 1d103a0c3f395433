package dev.relaymanager.acceptance.simhost.state;

/**
 * A fault injected on every request whose path starts with a prefix.
 *
 * @param pathPrefix e.g. {@code /api/v1/admin/accounts}, or with a method, {@code DELETE
 *     /api/v1/admin/groups/} (only that method's requests)
 * @param latencyMs added delay before the response
 * @param errorRate probability (0..1) of answering {@code errorStatus} instead
 * @param errorStatus the 5xx status to answer
 * @param hang true to hold the request until the host closes (a forced timeout)
 */
public record FaultRule(
    String pathPrefix, long latencyMs, double errorRate, int errorStatus, boolean hang) {

  /** A pure latency fault. */
  public static FaultRule latency(String prefix, long ms) {
    return new FaultRule(prefix, ms, 0, 500, false);
  }

  /** An error fault with the given rate and status. */
  public static FaultRule errors(String prefix, double rate, int status) {
    return new FaultRule(prefix, 0, rate, status, false);
  }

  /** A forced timeout: the request hangs. */
  public static FaultRule hang(String prefix) {
    return new FaultRule(prefix, 0, 0, 500, true);
  }
}
