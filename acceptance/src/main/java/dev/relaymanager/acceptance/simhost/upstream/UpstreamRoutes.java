package dev.relaymanager.acceptance.simhost.upstream;

import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import java.net.URI;
import java.util.Map;

/**
 * The provider reachable directly: {@code /upstream[/<provider>]/…/chat/completions} and {@code
 * …/models} with {@code Authorization: Bearer <key>}.
 */
public final class UpstreamRoutes {
  private final UpstreamSim sim;
  private final Json json;

  /** Direct provider routes. */
  public UpstreamRoutes(UpstreamSim sim, Json json) {
    this.sim = sim;
    this.json = json;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("POST", "/upstream/*", Guard.PUBLIC, this::chat);
    r.add("GET", "/upstream/*", Guard.PUBLIC, this::models);
  }

  private Resp chat(Req req) {
    URI uri = URI.create("http://127.0.0.1" + req.path());
    Object model;
    try {
      model = json.parseObject(req.rawBody()).get("model");
    } catch (dev.relaymanager.acceptance.simhost.http.SimError e) {
      return Resp.json(
          400,
          Map.of("error", Map.of("message", "invalid JSON body", "type", "invalid_request_error")));
    }
    UpstreamResult r =
        sim.chat(uri, bearer(req), model == null ? null : model.toString(), "direct", null);
    return Resp.json(r.status(), r.body()).withDelay(r.latencyMs());
  }

  private Resp models(Req req) {
    if (!req.path().endsWith("/models")) {
      return Resp.json(404, Map.of("error", Map.of("message", "404 Not Found")));
    }
    UpstreamResult r = sim.models(URI.create("http://127.0.0.1" + req.path()), bearer(req));
    return Resp.json(r.status(), r.body());
  }

  private static String bearer(Req req) {
    String h = req.header("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
  }
}
