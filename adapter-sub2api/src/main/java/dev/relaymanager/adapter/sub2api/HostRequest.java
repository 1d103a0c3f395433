package dev.relaymanager.adapter.sub2api;

import java.util.Objects;

/**
 * One call to the host: method, path with query, and an optional JSON body.
 *
 * @param jsonBody the serialized body, or null for none; may hold a password, so it never prints
 */
record HostRequest(String method, String path, String jsonBody) {
  HostRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/'");
    }
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
