package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Pages;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Route;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.http.Validator;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /api/v1/admin/users} and the balance operation (contract §9.1). */
public final class UserRoutes {
  private static final String P = "/api/v1/admin/users";
  private final SimState state;
  private final Views views;
  private final UserWrites writes;

  /** Routes over one host's state. */
  public UserRoutes(SimState state, Views views) {
    this.state = state;
    this.views = views;
    this.writes = new UserWrites(state);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", P, Guard.ADMIN, this::list);
    r.add("GET", P + "/:id", Guard.ADMIN, req -> Resp.ok(views.user(find(state, req))));
    r.add("POST", P, Guard.ADMIN, this::create);
    r.add("PUT", P + "/:id", Guard.ADMIN, this::update);
    r.add("DELETE", P + "/:id", Guard.ADMIN, this::delete);
    r.add(Route.of("POST", P + "/:id/balance", Guard.ADMIN, this::balance).idempotentRoute());
    r.add("GET", P + "/:id/api-keys", Guard.ADMIN, this::apiKeys);
    r.add("GET", P + "/:id/subscriptions", Guard.ADMIN, this::subscriptions);
  }

  /** A live user by {@code :id}, or 404 USER_NOT_FOUND. */
  static UserRow find(SimState state, Req req) {
    long id = req.id("id", "user");
    return state.user(id).orElseThrow(() -> SimError.app(404, "USER_NOT_FOUND", "user not found"));
  }

  private Resp list(Req req) {
    String search = req.query("search");
    List<Map<String, Object>> rows =
        state.tables.users.stream()
            .filter(u -> !u.deleted())
            .filter(u -> GroupRoutes.matches(req.query("status"), u.status))
            .filter(u -> GroupRoutes.matches(req.query("role"), u.role))
            .filter(
                u ->
                    search == null
                        || GroupRoutes.contains(u.email, search)
                        || GroupRoutes.contains(u.username, search))
            .map(views::user)
            .collect(Collectors.toList());
    return Resp.ok(Pages.of(req, rows));
  }

  private Resp create(Req req) {
    Body body = req.body("CreateUserRequest");
    new Validator(body)
        .required("email")
        .check(body.present("email") && !body.str("email").contains("@"), "email", "email")
        .required("password")
        .minLen("password", 6)
        .done();
    return Resp.ok(views.user(writes.create(body, req.principal().id)));
  }

  private Resp update(Req req) {
    UserRow u = find(state, req);
    Body body = req.body("UpdateUserRequest");
    new Validator(body).minLen("password", 6).oneOf("status", List.of("active", "disabled")).done();
    writes.update(u, body);
    return Resp.ok(views.user(u));
  }

  private Resp delete(Req req) {
    UserRow u = find(state, req);
    if (u.admin()) {
      throw SimError.internal();
    }
    u.deletedAt = state.now();
    return Resp.okMessage("User deleted successfully");
  }

  private Resp balance(Req req) {
    UserRow u = find(state, req);
    Body body = req.body("UpdateBalanceRequest");
    new Validator(body)
        .required("balance")
        .check(body.present("balance") && body.dbl("balance") < 0, "balance", "gt")
        .required("operation")
        .oneOf("operation", List.of("set", "add", "subtract"))
        .done();
    writes.balance(u, body.dbl("balance"), body.str("operation"));
    return Resp.ok(views.user(u));
  }

  private Resp apiKeys(Req req) {
    long id = find(state, req).id;
    return Resp.ok(
        Pages.of(
            req,
            state.tables.apiKeys.stream()
                .filter(k -> !k.deleted() && k.userId == id)
                .map(views::apiKey)
                .collect(Collectors.toList())));
  }

  private Resp subscriptions(Req req) {
    long id = find(state, req).id;
    return Resp.ok(
        state.tables.subscriptions.stream()
            .filter(s -> !s.deleted() && s.userId == id)
            .map(views::subscription)
            .collect(Collectors.toList()));
  }
}
