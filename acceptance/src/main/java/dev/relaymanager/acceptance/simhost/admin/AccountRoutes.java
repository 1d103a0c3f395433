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
  private final AccountList list;

  /** Routes over one host's state. */
  public AccountRoutes(SimState state, Views views) {
    this.state = state;
    this.views = views;
    this.writes = new AccountWrites(state);
    this.list = new AccountList(state);
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
    List<Map<String, Object>> rows =
        state.tables.accounts.stream()
            .filter(list.filter(req))
            .sorted(AccountList.order(req))
            .map(views::account)
            .collect(Collectors.toList());
    return Resp.ok(Pages.of(req, rows));
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

  /** Newest upstream has no existence check, so an unknown id is a 200 too (findings §6). */
  private Resp delete(Req req) {
    long id = req.id("id", "account");
    if (!state.knobs.accountDeleteUnknownOk) {
      find(state, req);
    }
    state
        .account(id)
        .ifPresent(
            a -> {
              a.deletedAt = state.now();
              a.groupIds.clear();
            });
    return Resp.okMessage("Account deleted successfully");
  }
}
