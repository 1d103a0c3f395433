package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Route;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.http.Validator;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.LinkedHashMap;
import java.util.Map;

/** Admin key rebinding, and the fork-only admin create-key route behind a knob (§9.3). */
public final class AdminKeyRoutes {
  private final SimState state;
  private final Views views;
  private final KeyWrites writes;

  /** Routes over one host's state. */
  public AdminKeyRoutes(SimState state, Views views, Secrets secrets) {
    this.state = state;
    this.views = views;
    this.writes = new KeyWrites(state, secrets);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("PUT", "/api/v1/admin/api-keys/:id", Guard.ADMIN, this::rebind);
    r.add(
        Route.of("POST", "/api/v1/admin/users/:id/api-keys", Guard.ADMIN, this::createForUser)
            .when(() -> state.knobs.adminCreateKeyRoute));
  }

  private Resp rebind(Req req) {
    long id = req.id("id", "API key");
    ApiKeyRow k =
        state
            .apiKey(id)
            .orElseThrow(() -> SimError.app(404, "API_KEY_NOT_FOUND", "api key not found"));
    Long groupId = req.body("AdminUpdateAPIKeyRequest").lng("group_id");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("auto_granted_group_access", false);
    if (groupId == null || groupId == 0) {
      k.groupId = null;
    } else {
      bind(k, state.group(groupId).orElseThrow(GroupRoutes::notFound), out);
    }
    k.updatedAt = state.now();
    out.put("api_key", views.apiKey(k));
    return Resp.ok(out);
  }

  private void bind(ApiKeyRow k, GroupRow g, Map<String, Object> out) {
    if (!"active".equals(g.status)) {
      throw SimError.app(400, "GROUP_NOT_ACTIVE", "group is not active");
    }
    UserRow user = state.user(k.userId).orElseThrow(SimError::internal);
    if ("subscription".equals(g.subscriptionType)
        && state.subscriptionOf(user.id, g.id).isEmpty()) {
      throw SimError.app(403, "SUBSCRIPTION_REQUIRED", "user has no subscription to this group");
    }
    if (!"subscription".equals(g.subscriptionType)
        && g.isExclusive
        && !user.allowedGroups.contains(g.id)) {
      user.allowedGroups.add(g.id);
      out.put("auto_granted_group_access", true);
      out.put("granted_group_id", g.id);
      out.put("granted_group_name", g.name);
    }
    k.groupId = g.id;
  }

  private Resp createForUser(Req req) {
    UserRow user = UserRoutes.find(state, req);
    Body body = req.body("AdminCreateAPIKeyRequest");
    new Validator(body).required("name").done();
    return Resp.ok(views.apiKey(writes.create(user, body)));
  }
}
