package dev.relaymanager.acceptance.simhost.http;

import dev.relaymanager.acceptance.simhost.state.Session;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.Map;

/** The admin-auth, JWT, compliance and backend-mode middleware (string {@code code}s). */
public final class Auth {
  private final SimState state;

  /** Middleware over the given state. */
  public Auth(SimState state) {
    this.state = state;
  }

  /** Admin API key first, then an admin JWT; then the compliance guard. */
  public UserRow admin(Req req, boolean complianceExempt) {
    UserRow user = adminPrincipal(req);
    if (state.knobs.complianceRequired && !state.knobs.complianceAccepted && !complianceExempt) {
      throw SimError.of(complianceRequired());
    }
    return user;
  }

  private UserRow adminPrincipal(Req req) {
    String key = req.header("x-api-key");
    if (key != null && !key.isEmpty()) {
      if (state.adminApiKey == null || !state.adminApiKey.equals(key)) {
        throw SimError.middleware(401, "INVALID_ADMIN_KEY", "Invalid admin API key");
      }
      return state.firstAdmin().orElseThrow(SimError::internal);
    }
    UserRow user = jwtUser(req);
    if (!user.admin()) {
      throw SimError.middleware(403, "FORBIDDEN", "Admin access required");
    }
    return user;
  }

  /** An ordinary-user route: a valid JWT, and no backend mode for non-admins. */
  public UserRow user(Req req) {
    UserRow user = jwtUser(req);
    if (state.settings.backendModeEnabled && !user.admin()) {
      throw backendModeOnly();
    }
    return user;
  }

  /** The 403 of the backend-mode guard. */
  public static SimError backendModeOnly() {
    return SimError.middleware(
        403, "BACKEND_MODE_ADMIN_ONLY", "Backend mode is active. Only admin login is allowed.");
  }

  private UserRow jwtUser(Req req) {
    String header = req.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw SimError.middleware(401, "UNAUTHORIZED", "Authorization header is required");
    }
    Session s = state.sessions.get(header.substring(7).trim());
    if (s == null || s.refresh()) {
      throw SimError.middleware(401, "INVALID_TOKEN", "Invalid token");
    }
    if (s.expiresAtMillis() <= state.instant().toEpochMilli()) {
      throw SimError.middleware(401, "TOKEN_EXPIRED", "Token has expired");
    }
    UserRow user =
        state
            .user(s.userId())
            .orElseThrow(() -> SimError.middleware(401, "USER_NOT_FOUND", "User not found"));
    if (!"active".equals(user.status)) {
      throw SimError.middleware(401, "USER_INACTIVE", "User is not active");
    }
    return user;
  }

  private Resp complianceRequired() {
    Map<String, Object> body =
        Map.of(
            "code",
            "ADMIN_COMPLIANCE_ACK_REQUIRED",
            "message",
            "Administrator must accept the compliance terms before using the admin API",
            "metadata",
            Map.of(
                "version", "2026-01",
                "document_title", "Operator compliance terms",
                "document_url", "/api/v1/admin/compliance"));
    return Resp.json(423, body);
  }
}
