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
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /api/v1/admin/accounts} CRUD (contract §5.1–5.6). */
public final class AccountRoutes {
  static final String P = "/api/v1/admin/accounts";
  private static final List<String> TYPES =
      List.of("oauth", "setup-token", "apikey", "upstream", "bedrock", "service_account");
  private final SimState state;
  private final Views views;
  private final AccountWrites writes;

  /** Routes over one host's state. */
  public AccountRoutes(SimState state, Views views) {
    this.state = state;
    this.views = views;
    this.writes = new AccountWrites(state);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", P, Guard.ADMIN, this::list);
    r.add("GET", P + "/:id", Guard.ADMIN, req -> Resp.ok(views.account(find(state, req))));
    r.add(Route.of("POST", P, Guard.ADMIN, this::create).idempotentRoute());
    r.add("PUT", P + "/:id", Guard.ADMIN, this::update);
    r.add("DELETE", P + "/:id", Guard.ADMIN, this::delete);
  }

  /** A live account by {@code :id}, or 404 ACCOUNT_NOT_FOUND. */
  static AccountRow find(SimState state, Req req) {
    long id = req.id("id", "account");
    return state
        .account(id)
        .orElseThrow(() -> SimError.app(404, "ACCOUNT_NOT_FOUND", "account not found"));
  }

  private Resp list(Req req) {
    String search = req.query("search");
    String group = req.query("group");
    Comparator<AccountRow> order =
        "name".equals(req.query("sort_by"))
            ? Comparator.comparing((AccountRow a) -> a.name)
            : Comparator.comparingLong((AccountRow a) -> a.id);
    if ("desc".equals(req.query("sort_order"))) {
      order = order.reversed();
    }
    List<Map<String, Object>> rows =
        state.tables.accounts.stream()
            .filter(a -> !a.deleted())
            .filter(a -> GroupRoutes.matches(req.query("platform"), a.platform))
            .filter(a -> GroupRoutes.matches(req.query("type"), a.type))
            .filter(a -> GroupRoutes.matches(req.query("status"), a.status))
            .filter(a -> search == null || GroupRoutes.contains(a.name, search))
            .filter(a -> inGroup(a, group))
            .sorted(order)
            .map(views::account)
            .collect(Collectors.toList());
    return Resp.ok(Pages.of(req, rows));
  }

  private static boolean inGroup(AccountRow a, String group) {
    if (group == null || group.isEmpty()) {
      return true;
    }
    if ("ungrouped".equals(group)) {
      return a.groupIds.isEmpty();
    }
    try {
      return a.groupIds.contains(Long.parseLong(group));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Resp create(Req req) {
    Body body = req.body("CreateAccountRequest");
    new Validator(body)
        .required("name")
        .required("platform")
        .required("type")
        .oneOf("type", TYPES)
        .required("credentials")
        .done();
    body.map("credentials");
    return Resp.ok(views.account(writes.create(body)));
  }

  private Resp update(Req req) {
    AccountRow a = find(state, req);
    Body body = req.body("UpdateAccountRequest");
    new Validator(body)
        .oneOf("type", TYPES)
        .oneOf("status", List.of("active", "inactive", "error"))
        .done();
    writes.update(a, body);
    return Resp.ok(views.account(a));
  }

  private Resp delete(Req req) {
    AccountRow a = find(state, req);
    a.deletedAt = state.now();
    a.groupIds.clear();
    return Resp.okMessage("Account deleted successfully");
  }
}
