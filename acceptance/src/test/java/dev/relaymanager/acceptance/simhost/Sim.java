package dev.relaymanager.acceptance.simhost;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A started simulated host plus admin/user helpers for tests. */
final class Sim implements AutoCloseable {
  final SimulatedHost host;
  final Http http;

  private Sim(SimulatedHost host) {
    this.host = host;
    this.http = new Http(host.baseUrl());
  }

  static Sim start() {
    return start(SimOptions.defaults());
  }

  static Sim start(SimOptions options) {
    return new Sim(SimulatedHost.start(options.port(0)));
  }

  Map<String, String> admin() {
    return Map.of("x-api-key", host.adminApiKey());
  }

  static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  Http.Res get(String path) {
    return http.send("GET", path, null, admin());
  }

  Http.Res post(String path, Object body) {
    return http.send("POST", path, body, admin());
  }

  Http.Res put(String path, Object body) {
    return http.send("PUT", path, body, admin());
  }

  Http.Res delete(String path) {
    return http.send("DELETE", path, null, admin());
  }

  long group(String name, String platform, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.put("name", name);
    body.put("platform", platform);
    body.putIfAbsent("rate_multiplier", 1);
    return ok(post("/api/v1/admin/groups", body)).get("id").asLong();
  }

  long openaiGroup(String name) {
    return group(name, "openai", Map.of());
  }

  long account(String name, String apiKey, Map<String, String> mapping, Long groupId) {
    Map<String, Object> creds = new LinkedHashMap<>();
    creds.put("api_key", apiKey);
    creds.put("base_url", "https://api.deepseek.com");
    creds.put("model_mapping", mapping);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("platform", "openai");
    body.put("type", "apikey");
    body.put("credentials", creds);
    body.put("priority", 50);
    if (groupId != null) {
      body.put("group_ids", List.of(groupId));
    }
    return ok(post("/api/v1/admin/accounts", body)).get("id").asLong();
  }

  long user(String email, double balance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", email);
    body.put("password", "secret-pw");
    if (balance > 0) {
      body.put("balance", balance);
    }
    return ok(post("/api/v1/admin/users", body)).get("id").asLong();
  }

  String login(String email, String password) {
    Http.Res r =
        http.send(
            "POST", "/api/v1/auth/login", Map.of("email", email, "password", password), Map.of());
    return ok(r).get("access_token").asText();
  }

  /** Creates a user key as that user and returns its secret. */
  String userKey(String email, Long groupId) {
    String token = login(email, "secret-pw");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "k-" + email);
    if (groupId != null) {
      body.put("group_id", groupId);
    }
    return ok(http.send("POST", "/api/v1/keys", body, bearer(token))).get("key").asText();
  }

  Http.Res gateway(String method, String path, String key, Object body) {
    return http.send(method, path, body, bearer(key));
  }

  Http.Res chat(String key, String model) {
    return gateway(
        "POST",
        "/v1/chat/completions",
        key,
        Map.of(
            "model",
            model,
            "messages",
            List.of(Map.of("role", "user", "content", "ping")),
            "max_tokens",
            8,
            "stream",
            false));
  }

  static JsonNode ok(Http.Res r) {
    if (r.status() != 200 || r.json().get("code").asInt() != 0) {
      throw new AssertionError("expected success but got " + r.status() + " " + r.body());
    }
    return r.data();
  }

  @Override
  public void close() {
    host.close();
  }
}
