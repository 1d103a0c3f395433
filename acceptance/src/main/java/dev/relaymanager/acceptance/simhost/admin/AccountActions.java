package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-account state actions: schedulable, pauses, error reset, model list (§5.1). */
public final class AccountActions {
  private static final String P = AccountRoutes.P + "/:id";
  private final SimState state;
  private final Views views;

  /** Actions over one host's state. */
  public AccountActions(SimState state, Views views) {
    this.state = state;
    this.views = views;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("POST", P + "/schedulable", Guard.ADMIN, this::schedulable);
    r.add("GET", P + "/temp-unschedulable", Guard.ADMIN, this::tempPause);
    r.add("DELETE", P + "/temp-unschedulable", Guard.ADMIN, this::clearTempPause);
    r.add("POST", P + "/clear-error", Guard.ADMIN, this::clearError);
    r.add("POST", P + "/recover-state", Guard.ADMIN, this::recover);
    r.add("GET", P + "/models", Guard.ADMIN, this::models);
  }

  private AccountRow find(Req req) {
    return AccountRoutes.find(state, req);
  }

  private Resp schedulable(Req req) {
    AccountRow a = find(req);
    Boolean value = req.body("SetSchedulableRequest").bool("schedulable");
    if (value == null) {
      throw SimError.bad(
          "Invalid request: Key: 'SetSchedulableRequest.Schedulable' Error:Field validation for"
              + " 'Schedulable' failed on the 'required' tag");
    }
    a.schedulable = value;
    a.updatedAt = state.now();
    return Resp.ok(views.account(a));
  }

  private Resp tempPause(Req req) {
    AccountRow a = find(req);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("active", state.inFuture(a.tempUnschedulableUntil));
    m.put("until", a.tempUnschedulableUntil);
    m.put("reason", a.tempUnschedulableReason);
    return Resp.ok(m);
  }

  private Resp clearTempPause(Req req) {
    AccountRow a = find(req);
    a.tempUnschedulableUntil = null;
    a.tempUnschedulableReason = null;
    return Resp.okMessage("Temporary unschedulable state cleared");
  }

  private Resp clearError(Req req) {
    AccountRow a = find(req);
    a.status = "active";
    a.errorMessage = "";
    return Resp.ok(views.account(a));
  }

  private Resp recover(Req req) {
    AccountRow a = find(req);
    recoverState(a);
    return Resp.ok(views.account(a));
  }

  /** Clears error, rate limit and temporary pause (also done after a successful test). */
  static void recoverState(AccountRow a) {
    if ("error".equals(a.status)) {
      a.status = "active";
    }
    a.errorMessage = "";
    a.rateLimitedAt = null;
    a.rateLimitResetAt = null;
    a.tempUnschedulableUntil = null;
    a.tempUnschedulableReason = null;
  }

  private Resp models(Req req) {
    AccountRow a = find(req);
    List<Map<String, Object>> out = new ArrayList<>();
    List<String> ids =
        a.modelMapping().isEmpty()
            ? DefaultModels.forPlatform(a.platform)
            : new ArrayList<>(a.modelMapping().keySet());
    ids.forEach(id -> out.add(DefaultModels.mappedItem(id)));
    return Resp.ok(out);
  }
}
