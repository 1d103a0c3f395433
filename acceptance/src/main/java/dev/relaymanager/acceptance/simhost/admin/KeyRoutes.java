package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Pages;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.http.Validator;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.List;
import java.util.stream.Collectors;

/** The ordinary user's routes: {@code /api/v1/keys}, groups and subscriptions (§9.3). */
public final class KeyRoutes {
  private static final String P = "/api/v1/keys";
  private final SimState state;
  private final Views views;
  private final KeyWrites writes;

  /** Routes over one host's state. */
  public KeyRoutes(SimState state, Views views, Secrets secrets) {
    this.state = state;
    this.views = views;
    this.writes = new KeyWrites(state, secrets);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", P, Guard.USER, this::list);
    r.add("GET", P + "/:id", Guard.USER, req -> Resp.ok(views.apiKey(own(req))));
    r.add("POST", P, Guard.USER, this::create);
    r.add("PUT", P + "/:id", Guard.USER, this::update);
    r.add("DELETE", P + "/:id", Guard.USER, this::delete);
    r.add("GET", "/api/v1/groups/available", Guard.USER, this::available);
    r.add("GET", "/api/v1/subscriptions", Guard.USER, this::subscriptions);
    r.add("GET", "/api/v1/subscriptions/active", Guard.USER, this::subscriptions);
  }

  private ApiKeyRow own(Req req) {
    long id = req.id("id", "API key");
    return state
        .apiKey(id)
        .filter(k -> k.userId == req.principal().id)
        .orElseThrow(() -> SimError.app(404, "API_KEY_NOT_FOUND", "api key not found"));
  }

  private Resp list(Req req) {
    long uid = req.principal().id;
    return Resp.ok(
        Pages.of(
            req,
            state.tables.apiKeys.stream()
                .filter(k -> !k.deleted() && k.userId == uid)
                .map(views::apiKey)
                .collect(Collectors.toList())));
  }

  private Resp create(Req req) {
    Body body = req.body("CreateAPIKeyRequest");
    new Validator(body).required("name").done();
    return Resp.ok(views.apiKey(writes.create(req.principal(), body)));
  }

  private Resp update(Req req) {
    ApiKeyRow k = own(req);
    Body body = req.body("UpdateAPIKeyRequest");
    new Validator(body).oneOf("status", List.of("active", "inactive")).done();
    writes.update(req.principal(), k, body);
    return Resp.ok(views.apiKey(k));
  }

  private Resp delete(Req req) {
    own(req).deletedAt = state.now();
    return Resp.okMessage("API key deleted successfully");
  }

  private Resp available(Req req) {
    return Resp.ok(
        state.tables.groups.stream()
            .filter(g -> !g.deleted() && writes.mayBind(req.principal(), g))
            .map(views::group)
            .collect(Collectors.toList()));
  }

  private Resp subscriptions(Req req) {
    long uid = req.principal().id;
    return Resp.ok(
        state.tables.subscriptions.stream()
            .filter(s -> !s.deleted() && s.userId == uid)
            .map(views::subscription)
            .collect(Collectors.toList()));
  }
}
