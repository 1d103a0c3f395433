package dev.relaymanager.adapter.sub2api;

import java.util.HashMap;
import java.util.Map;

/** A canned answer of the {@link FakeHost}, with optional extra response headers. */
record Canned(int status, String contentType, String body, Map<String, String> headers) {
  static final String ROUTE_MISSING_BODY = "404 page not found";

  Canned {
    headers = Map.copyOf(headers);
  }

  Canned(int status, String contentType, String body) {
    this(status, contentType, body, Map.of());
  }

  /** This answer with the response header {@code name: value} added. */
  Canned withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Canned(status, contentType, body, more);
  }

  static Canned json(int status, String body) {
    return new Canned(status, "application/json; charset=utf-8", body);
  }

  /** HTTP 200 with {@code {"code":0,"message":"success","data":<dataJson>}}. */
  static Canned data(String dataJson) {
    return json(200, "{\"code\":0,\"message\":\"success\",\"data\":" + dataJson + "}");
  }

  /** HTTP 200 with one page holding {@code itemsJson}, the only page. */
  static Canned page(String... itemsJson) {
    return data(
        "{\"items\":["
            + String.join(",", itemsJson)
            + "],\"total\":"
            + itemsJson.length
            + ",\"page\":1,\"page_size\":1000,\"pages\":1}");
  }

  static Canned text(int status, String body) {
    return new Canned(status, "text/plain; charset=utf-8", body);
  }

  /** What gin answers for a route it does not have. */
  static Canned routeMissing() {
    return text(404, ROUTE_MISSING_BODY);
  }

  /** A handler's validation refusal with {@code message}. */
  static Canned validation(String message) {
    return json(400, "{\"code\":400,\"message\":" + quote(message) + "}");
  }

  /** A handler's application error, e.g. 404 {@code ACCOUNT_NOT_FOUND}. */
  static Canned appError(int status, String reason, String message) {
    return json(
        status,
        "{\"code\":"
            + status
            + ",\"message\":"
            + quote(message)
            + ",\"reason\":\""
            + reason
            + "\"}");
  }

  /** A middleware refusal, whose {@code code} is a string. */
  static Canned middleware(int status, String code, String message) {
    return json(status, "{\"code\":\"" + code + "\",\"message\":" + quote(message) + "}");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
