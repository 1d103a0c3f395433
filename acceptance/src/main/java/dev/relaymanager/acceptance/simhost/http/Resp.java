package dev.relaymanager.acceptance.simhost.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response to write: a String payload is written as is, anything else as JSON.
 *
 * @param status HTTP status
 * @param contentType content type
 * @param payload body text or an object to serialize
 * @param headers extra headers
 * @param delayMs delay applied outside the state lock before writing (simulated latency)
 */
public record Resp(
    int status, String contentType, Object payload, Map<String, String> headers, long delayMs) {

  static final String JSON = "application/json; charset=utf-8";

  /** A JSON response. */
  public static Resp json(int status, Object payload) {
    return new Resp(status, JSON, payload, Map.of(), 0);
  }

  /** A 200 success envelope {@code {"code":0,"message":"success","data":...}}. */
  public static Resp ok(Object data) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("code", 0);
    env.put("message", "success");
    env.put("data", data);
    return json(200, env);
  }

  /** A 200 envelope whose data is {@code {"message": text}} (delete endpoints). */
  public static Resp okMessage(String text) {
    return ok(Map.of("message", text));
  }

  /** A plain-text response. */
  public static Resp text(int status, String text) {
    return new Resp(status, "text/plain; charset=utf-8", text, Map.of(), 0);
  }

  /** An SSE body (already framed). */
  public static Resp sse(String frames) {
    return new Resp(200, "text/event-stream", frames, Map.of("Cache-Control", "no-cache"), 0);
  }

  /** The gin answer to a route that does not exist. */
  public static Resp routeNotFound() {
    return text(404, "404 page not found");
  }

  /** This response with one more header. */
  public Resp withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Resp(status, contentType, payload, h, delayMs);
  }

  /** This response delayed by the given millis. */
  public Resp withDelay(long ms) {
    return new Resp(status, contentType, payload, headers, delayMs + ms);
  }
}
