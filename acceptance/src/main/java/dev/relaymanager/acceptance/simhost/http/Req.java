package dev.relaymanager.acceptance.simhost.http;

import dev.relaymanager.acceptance.simhost.state.UserRow;
import io.javalin.http.Context;
import java.util.Map;

/** One request as handlers see it: path params, query, headers, body and the caller. */
public final class Req {
  private final Context ctx;
  private final Map<String, String> params;
  private final Json json;
  private final String body;
  private UserRow principal;

  /** Wraps a Javalin context with the router's path parameters. */
  public Req(Context ctx, Map<String, String> params, Json json) {
    this.ctx = ctx;
    this.params = params;
    this.json = json;
    this.body = ctx.body();
  }

  /** The request path. */
  public String path() {
    return ctx.path();
  }

  /** A path parameter. */
  public String param(String name) {
    return params.get(name);
  }

  /** A numeric path parameter, or 400 {@code Invalid <label> ID} as the handlers answer. */
  public long id(String name, String label) {
    try {
      return Long.parseLong(params.get(name));
    } catch (NumberFormatException e) {
      throw SimError.bad("Invalid " + label + " ID");
    }
  }

  /** A query parameter, or null. */
  public String query(String name) {
    return ctx.queryParam(name);
  }

  /** A header, or null. */
  public String header(String name) {
    return ctx.header(name);
  }

  /** The raw body text. */
  public String rawBody() {
    return body;
  }

  /** The body parsed as a JSON object named after a Go request type. */
  public Body body(String struct) {
    return new Body(struct, json.parseObject(body));
  }

  /** The body parsed leniently: an empty body is an empty object. */
  public Body optionalBody(String struct) {
    return body == null || body.isBlank()
        ? new Body(struct, new java.util.LinkedHashMap<>())
        : body(struct);
  }

  /** The authenticated user (admin for admin routes), or null on public routes. */
  public UserRow principal() {
    return principal;
  }

  /** Sets the authenticated user; called by the guards. */
  public void principal(UserRow user) {
    this.principal = user;
  }
}
