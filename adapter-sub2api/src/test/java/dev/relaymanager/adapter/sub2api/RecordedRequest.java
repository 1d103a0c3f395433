package dev.relaymanager.adapter.sub2api;

import java.util.Map;

/** A request the {@link FakeHost} received; header names are lower case. */
record RecordedRequest(
    String method, String path, String query, Map<String, String> headers, String body) {

  String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }
}
