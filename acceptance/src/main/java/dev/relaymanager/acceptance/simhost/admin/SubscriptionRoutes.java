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
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /api/v1/admin/subscriptions} (contract §9.2). */
public final class SubscriptionRoutes {
  private static final String P = "/api/v1/admin/subscriptions";
  private final SimState state;
  private final Views views;
  private final SubscriptionWrites writes;

  /** Routes over one host's state. */
  public SubscriptionRoutes(SimState state, Views views) {
    this.state = state;
    this.views = views;
    this.writes = new SubscriptionWrites(state);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", P, Guard.ADMIN, this::list);
    r.add("GET", P + "/:id", Guard.ADMIN, req -> Resp.ok(views.subscription(find(req))));
    r.add("GET", P + "/:id/progress", Guard.ADMIN, req -> Resp.ok(views.subscription(find(req))));
    r.add("POST", P + "/assign", Guard.ADMIN, this::assign);
    r.add("POST", P + "/bulk-assign", Guard.ADMIN, this::bulkAssign);
    r.add(Route.of("POST", P + "/:id/extend", Guard.ADMIN, this::extend).idempotentRoute());
    r.add("POST", P + "/:id/reset-quota", Guard.ADMIN, this::resetQuota);
    r.add("POST", P + "/:id/revoke", Guard.ADMIN, this::revoke);
    r.add("DELETE", P + "/:id", Guard.ADMIN, this::revoke);
  }

  private SubscriptionRow find(Req req) {
    long id = req.id("id", "subscription");
    return state
        .subscription(id)
        .orElseThrow(() -> SimError.app(404, "SUBSCRIPTION_NOT_FOUND", "subscription not found"));
  }

  private Resp list(Req req) {
    List<Map<String, Object>> rows =
        state.tables.subscriptions.stream()
            .filter(s -> !s.deleted())
            .filter(s -> GroupRoutes.matches(req.query("user_id"), String.valueOf(s.userId)))
            .filter(s -> GroupRoutes.matches(req.query("group_id"), String.valueOf(s.groupId)))
            .filter(s -> GroupRoutes.matches(req.query("status"), s.status))
            .filter(s -> platformMatches(req.query("platform"), s.groupId))
            .map(views::subscription)
            .collect(Collectors.toList());
    return Resp.ok(Pages.of(req, rows));
  }

  private boolean platformMatches(String platform, long groupId) {
    return platform == null
        || platform.isEmpty()
        || state.group(groupId).map(g -> g.platform.equals(platform)).orElse(false);
  }

  private Resp assign(Req req) {
    Body body = req.body("AssignSubscriptionRequest");
    new Validator(body).required("user_id").required("group_id").done();
    SubscriptionWrites.Assigned a =
        writes.assign(
            body.lng("user_id"),
            body.lng("group_id"),
            SubscriptionWrites.validity(body.lng("validity_days")),
            body.str("notes"),
            req.principal().id);
    return Resp.ok(views.subscription(a.subscription()));
  }

  private Resp bulkAssign(Req req) {
    Body body = req.body("BulkAssignSubscriptionRequest");
    new Validator(body).required("user_ids").required("group_id").done();
    int days = SubscriptionWrites.validity(body.lng("validity_days"));
    BulkResult result = new BulkResult();
    for (Long userId : body.longList("user_ids")) {
      try {
        SubscriptionWrites.Assigned a =
            writes.assign(
                userId, body.lng("group_id"), days, body.str("notes"), req.principal().id);
        result.add(userId, a.reused(), views.subscription(a.subscription()));
      } catch (SimError e) {
        result.fail(userId, e);
      }
    }
    return Resp.ok(result.toMap());
  }

  private Resp extend(Req req) {
    SubscriptionRow s = find(req);
    Long days = req.body("ExtendSubscriptionRequest").lng("days");
    if (days == null || days == 0 || Math.abs(days) > 36500) {
      throw SimError.bad(
          "Invalid request: Key: 'ExtendSubscriptionRequest.Days' Error:Field validation for"
              + " 'Days' failed on the 'required' tag");
    }
    OffsetDateTime expires = OffsetDateTime.parse(s.expiresAt).plus(Duration.ofDays(days));
    s.expiresAt = SimState.rfc3339(expires.toInstant());
    s.updatedAt = state.now();
    return Resp.ok(views.subscription(s));
  }

  private Resp resetQuota(Req req) {
    SubscriptionRow s = find(req);
    s.dailyUsageUsd = 0;
    s.weeklyUsageUsd = 0;
    s.monthlyUsageUsd = 0;
    return Resp.ok(views.subscription(s));
  }

  private Resp revoke(Req req) {
    SubscriptionRow s = find(req);
    s.deletedAt = state.now();
    s.status = "revoked";
    return Resp.okMessage("Subscription revoked successfully");
  }

  /** The bulk-assign answer; a partial failure is still 200. */
  private static final class BulkResult {
    private final List<Object> subscriptions = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private int created;
    private int reused;

    void add(long userId, boolean wasReused, Map<String, Object> sub) {
      subscriptions.add(sub);
      statuses.put(String.valueOf(userId), wasReused ? "reused" : "created");
      if (wasReused) {
        reused++;
      } else {
        created++;
      }
    }

    void fail(long userId, SimError e) {
      statuses.put(String.valueOf(userId), "failed");
      errors.add("user " + userId + ": " + e.resp().status());
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("success_count", created + reused);
      m.put("created_count", created);
      m.put("reused_count", reused);
      m.put("failed_count", errors.size());
      m.put("subscriptions", subscriptions);
      m.put("errors", errors);
      m.put("statuses", statuses);
      return m;
    }
  }
}
