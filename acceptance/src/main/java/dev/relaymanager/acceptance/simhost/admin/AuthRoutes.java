package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Auth;
import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.http.Validator;
import dev.relaymanager.acceptance.simhost.state.Session;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.LinkedHashMap;
import java.util.Map;

/** Login, refresh and me (contract §2.2); tokens are opaque, expiry follows a knob. */
public final class AuthRoutes {
  private static final long REFRESH_TTL_MILLIS = 7L * 24 * 3600 * 1000;
  private final SimState state;
  private final Views views;
  private final Secrets secrets;

  /** Routes over one host's state. */
  public AuthRoutes(SimState state, Views views, Secrets secrets) {
    this.state = state;
    this.views = views;
    this.secrets = secrets;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("POST", "/api/v1/auth/login", Guard.PUBLIC, this::login);
    r.add("POST", "/api/v1/auth/refresh", Guard.PUBLIC, this::refresh);
    r.add("GET", "/api/v1/auth/me", Guard.USER, this::me);
  }

  private Resp login(Req req) {
    Body body = req.body("LoginRequest");
    new Validator(body).required("email").required("password").done();
    if (state.settings.turnstileEnabled && !body.present("turnstile_token")) {
      throw SimError.app(400, "TURNSTILE_VERIFICATION_FAILED", "turnstile verification failed");
    }
    UserRow user =
        state.tables.users.stream()
            .filter(u -> !u.deleted() && u.email.equalsIgnoreCase(body.str("email")))
            .filter(u -> u.password.equals(body.str("password")))
            .findFirst()
            .orElseThrow(
                () -> SimError.app(401, "INVALID_CREDENTIALS", "invalid email or password"));
    if (!"active".equals(user.status)) {
      throw SimError.app(403, "USER_NOT_ACTIVE", "user is not active");
    }
    if (state.settings.backendModeEnabled && !user.admin()) {
      throw Auth.backendModeOnly();
    }
    return Resp.ok(tokens(user));
  }

  private Resp refresh(Req req) {
    Body body = req.body("RefreshTokenRequest");
    new Validator(body).required("refresh_token").done();
    Session s = state.sessions.get(body.str("refresh_token"));
    if (s == null || !s.refresh() || s.expiresAtMillis() <= now()) {
      throw SimError.app(401, "INVALID_REFRESH_TOKEN", "invalid or expired refresh token");
    }
    state.sessions.remove(body.str("refresh_token"));
    UserRow user =
        state
            .user(s.userId())
            .orElseThrow(() -> SimError.app(401, "USER_NOT_FOUND", "user not found"));
    return Resp.ok(tokens(user));
  }

  private Resp me(Req req) {
    Map<String, Object> m = views.user(req.principal());
    m.put("run_mode", "standard");
    return Resp.ok(m);
  }

  private Map<String, Object> tokens(UserRow user) {
    String access = secrets.token();
    String refresh = secrets.token();
    long ttl = state.knobs.jwtTtlSeconds;
    state.sessions.put(access, new Session(user.id, now() + ttl * 1000, false));
    state.sessions.put(refresh, new Session(user.id, now() + REFRESH_TTL_MILLIS, true));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("access_token", access);
    m.put("refresh_token", refresh);
    m.put("expires_in", ttl);
    m.put("token_type", "Bearer");
    m.put("user", views.user(user));
    return m;
  }

  private long now() {
    return state.instant().toEpochMilli();
  }
}
