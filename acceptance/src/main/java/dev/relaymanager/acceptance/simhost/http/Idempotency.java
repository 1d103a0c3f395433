package dev.relaymanager.acceptance.simhost.http;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code Idempotency-Key} replay for the routes that support it (findings §8). */
public final class Idempotency {
  private record Stored(String body, Resp resp) {}

  private final Map<String, Stored> stored = new HashMap<>();

  /** Runs the handler once per (route, key); replays or rejects repeats. */
  public Resp run(String method, String path, Req req, Supplier<Resp> handler) {
    return run(method, path, req, false, handler);
  }

  /**
   * As {@link #run(String, String, Req, Supplier)}; {@code required} models {@code
   * observe_only=false}, where a missing key is a 400 (the reason name is the simulator's own).
   */
  public Resp run(String method, String path, Req req, boolean required, Supplier<Resp> handler) {
    String key = req.header("Idempotency-Key");
    if (key == null || key.isEmpty()) {
      if (required) {
        throw SimError.app(400, "IDEMPOTENCY_KEY_REQUIRED", "idempotency key is required");
      }
      return handler.get();
    }
    if (key.length() > 128 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw SimError.app(400, "IDEMPOTENCY_KEY_INVALID", "invalid idempotency key");
    }
    String scope = method + " " + path + " " + key;
    String body = req.rawBody() == null ? "" : req.rawBody().trim();
    Stored previous = stored.get(scope);
    if (previous != null) {
      if (!previous.body().equals(body)) {
        throw SimError.app(
            409, "IDEMPOTENCY_KEY_CONFLICT", "idempotency key reused with a different payload");
      }
      return previous.resp().withHeader("X-Idempotency-Replayed", "true");
    }
    Resp resp = handler.get();
    if (resp.status() < 500) {
      stored.put(scope, new Stored(body, resp));
    }
    return resp;
  }

  /** Forgets every stored response. */
  public void clear() {
    stored.clear();
  }
}
