package dev.relaymanager.acceptance.simhost.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer thrown from a handler; each factory makes one of the contract's shapes. */
public final class SimError extends RuntimeException {
  private final transient Resp resp;

  private SimError(Resp resp) {
    super("sim error " + resp.status(), null, false, false);
    this.resp = resp;
  }

  /** The response this error writes. */
  public Resp resp() {
    return resp;
  }

  /** An arbitrary response as an error. */
  public static SimError of(Resp resp) {
    return new SimError(resp);
  }

  /** A handler app error {@code {"code":<status>,"message","reason"}}. */
  public static SimError app(int status, String reason, String message) {
    return appWithMetadata(status, reason, message, null);
  }

  /** A handler app error with metadata. */
  public static SimError appWithMetadata(
      int status, String reason, String message, Map<String, Object> metadata) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", status);
    body.put("message", message);
    body.put("reason", reason);
    if (metadata != null) {
      body.put("metadata", metadata);
    }
    return new SimError(Resp.json(status, body));
  }

  /** A handler plain error {@code {"code":400,"message"}} (bind/validation failures). */
  public static SimError bad(String message) {
    return plain(400, message);
  }

  /** A handler plain error with any status. */
  public static SimError plain(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", status);
    body.put("message", message);
    return new SimError(Resp.json(status, body));
  }

  /** An unclassified service error: the cause is hidden behind 500 "internal error". */
  public static SimError internal() {
    return plain(500, "internal error");
  }

  /** A middleware error whose {@code code} is a string. */
  public static SimError middleware(int status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    return new SimError(Resp.json(status, body));
  }

  /** An OpenAI-shaped gateway error {@code {"error":{"type","message"}}}. */
  public static SimError openai(int status, String type, String message) {
    Map<String, Object> err = new LinkedHashMap<>();
    err.put("type", type);
    err.put("message", message);
    return new SimError(Resp.json(status, Map.of("error", err)));
  }
}
