package dev.relaymanager.adapter.http;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.util.Objects;

/**
 * Where the API listens and how large a request body it reads.
 *
 * @param bindAddress the interface to listen on; loopback unless the operator says otherwise
 * @param port the TCP port, or 0 for a random free one
 * @param maxRequestBytes bodies larger than this are refused with 413
 */
public record ApiConfig(String bindAddress, int port, long maxRequestBytes) {
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  public ApiConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Violations violations = new Violations();
    if (bindAddress.isBlank()) {
      violations.add("bind", "must name an address, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      violations.add("port", "must be between 0 and 65535");
    }
    if (maxRequestBytes <= 0) {
      violations.add("max_request_bytes", "must be positive");
    }
    violations.throwIfAny();
  }

  /** Loopback, port 8080, 1 MiB bodies. */
  public static ApiConfig defaults() {
    return new ApiConfig(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES);
  }

  /**
   * This configuration listening on {@code address} and {@code port}.
   *
   * @throws InvalidInputException if either is not usable
   */
  public ApiConfig listeningOn(String address, int port) {
    return new ApiConfig(address, port, maxRequestBytes);
  }
}
