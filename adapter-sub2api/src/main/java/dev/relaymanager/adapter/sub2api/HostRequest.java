package dev.relaymanager.adapter.sub2api;

import java.util.Map;
import java.util.Objects;

/**
 * One call to the host: method, path with query, an optional JSON body and extra headers.
 *
 * @param jsonBody the serialized body, or null for none; may hold a password, so it never prints
 * @param headers extra request headers, e.g. {@code Idempotency-Key}; never printed
 */
record HostRequest(String method, String path, String jsonBody, Map<String, String> headers) {
  HostRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/'");
    }
    headers = Map.copyOf(headers);
  }

  HostRequest(String method, String path, String jsonBody) {
    this(method, path, jsonBody, Map.of());
  }

  static HostRequest get(String path) {
    return new HostRequest("GET", path, null);
  }

  /** Only reads are safe to repeat: a second POST may create a second account. */
  boolean idempotent() {
    return method.equals("GET");
  }

  /** {@code GET /api/v1/...}, for messages; never the body. */
  String describe() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return "HostRequest[" + describe() + "]";
  }
}
