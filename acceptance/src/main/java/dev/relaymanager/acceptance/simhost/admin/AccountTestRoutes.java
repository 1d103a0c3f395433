package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;
import dev.relaymanager.acceptance.simhost.upstream.UpstreamResult;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/v1/admin/accounts/:id/test}: the SSE account test of contract §6. */
public final class AccountTestRoutes {
  private static final String PATH = "/v1/chat/completions";
  private final SimState state;
  private final Json json;
  private final AccountUpstream upstream;

  /** The test route over one host's state. */
  public AccountTestRoutes(SimState state, Json json, AccountUpstream upstream) {
    this.state = state;
    this.json = json;
    this.upstream = upstream;
  }

  /** Registers the route. */
  public void register(Router r) {
    r.add("POST", AccountRoutes.P + "/:id/test", Guard.ADMIN, this::test);
  }

  private Resp test(Req req) {
    long id = req.id("id", "account");
    Body body = req.optionalBody("TestAccountRequest");
    Optional<AccountRow> found = state.account(id);
    if (found.isEmpty()) {
      return early("Account not found");
    }
    AccountRow a = found.get();
    String key = a.credential("api_key");
    if (key == null || key.isEmpty()) {
      return early("No API key available");
    }
    Optional<URI> url = upstream.chatUrl(a);
    if (url.isEmpty()) {
      return early("Invalid base URL");
    }
    return run(a, url.get(), model(a, body.str("model_id")));
  }

  private String model(AccountRow a, String modelId) {
    String requested = modelId;
    if (requested == null || requested.isEmpty()) {
      requested =
          Platforms.openaiCompatible(a.platform)
              ? state.knobs.defaultOpenaiTestModel
              : state.knobs.defaultClaudeTestModel;
    }
    return AccountUpstream.mapModel(a, requested);
  }

  private Resp run(AccountRow a, URI url, String model) {
    StringBuilder sse = new StringBuilder();
    frame(sse, event("test_start", "model", model));
    frame(sse, event("status", "text", "正在通过 " + PATH + " 测试连接"));
    UpstreamResult r = upstream.call(a, url, model);
    if (r.ok()) {
      AccountActions.recoverState(a);
      upstream.record(a, r, "");
      frame(sse, event("content", "text", "pong"));
      frame(sse, event("status", "text", "已通过 " + PATH + " 验证"));
      Map<String, Object> done = event("test_complete", "success", true);
      frame(sse, done);
    } else {
      String error = "API returned " + r.status() + ": " + json.write(r.body());
      upstream.record(a, r, error);
      frame(sse, event("error", "error", error));
    }
    return Resp.sse(sse.toString()).withDelay(r.latencyMs());
  }

  private Resp early(String error) {
    StringBuilder sse = new StringBuilder();
    frame(sse, event("error", "error", error));
    return Resp.text(200, sse.toString());
  }

  private static Map<String, Object> event(String type, String field, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put(field, value);
    return m;
  }

  private void frame(StringBuilder sse, Map<String, Object> event) {
    sse.append("data: ").append(json.write(event)).append("\n\n");
  }
}
