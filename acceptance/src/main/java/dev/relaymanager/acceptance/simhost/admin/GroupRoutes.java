package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Pages;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.http.Validator;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code /api/v1/admin/groups} (contract §7). */
public final class GroupRoutes {
  private static final String P = "/api/v1/admin/groups";
  private final SimState state;
  private final Views views;
  private final GroupWrites writes;

  /** Routes over one host's state. */
  public GroupRoutes(SimState state, Views views) {
    this.state = state;
    this.views = views;
    this.writes = new GroupWrites(state);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", P, Guard.ADMIN, this::list);
    r.add("GET", P + "/all", Guard.ADMIN, this::all);
    r.add("GET", P + "/:id", Guard.ADMIN, req -> Resp.ok(views.group(find(req))));
    r.add("POST", P, Guard.ADMIN, this::create);
    r.add("PUT", P + "/:id", Guard.ADMIN, this::update);
    r.add("DELETE", P + "/:id", Guard.ADMIN, this::delete);
    r.add("GET", P + "/:id/api-keys", Guard.ADMIN, this::apiKeys);
    r.add("GET", P + "/:id/subscriptions", Guard.ADMIN, this::subscriptions);
  }

  /** A live group by the {@code :id} parameter, or 404 GROUP_NOT_FOUND. */
  GroupRow find(Req req) {
    long id = req.id("id", "group");
    return state.group(id).orElseThrow(GroupRoutes::notFound);
  }

  /** The 404 for a missing group. */
  static SimError notFound() {
    return SimError.app(404, "GROUP_NOT_FOUND", "group not found");
  }

  private Stream<GroupRow> live() {
    return state.tables.groups.stream().filter(g -> !g.deleted());
  }

  private Resp list(Req req) {
    String search = req.query("search");
    String exclusive = req.query("is_exclusive");
    List<Map<String, Object>> rows =
        live()
            .filter(g -> matches(req.query("platform"), g.platform))
            .filter(g -> matches(req.query("status"), g.status))
            .filter(g -> exclusive == null || String.valueOf(g.isExclusive).equals(exclusive))
            .filter(g -> search == null || contains(g.name, search))
            .map(views::group)
            .collect(Collectors.toList());
    return Resp.ok(Pages.of(req, rows));
  }

  private Resp all(Req req) {
    boolean inactive = "true".equals(req.query("include_inactive"));
    return Resp.ok(
        live()
            .filter(g -> inactive || "active".equals(g.status))
            .filter(g -> matches(req.query("platform"), g.platform))
            .map(views::group)
            .collect(Collectors.toList()));
  }

  private Resp create(Req req) {
    Body body = req.body("CreateGroupRequest");
    validate(body, false);
    return Resp.ok(views.group(writes.create(body)));
  }

  private Resp update(Req req) {
    GroupRow g = find(req);
    Body body = req.body("UpdateGroupRequest");
    validate(body, true);
    writes.update(g, body);
    return Resp.ok(views.group(g));
  }

  private void validate(Body body, boolean update) {
    new Validator(body)
        .check(!update && !body.present("name"), "name", "required")
        .maxLen("name", 100)
        .oneOf("platform", Platforms.accepted(state.knobs))
        .oneOf("subscription_type", List.of("standard", "subscription"))
        .oneOf("status", List.of("active", "inactive"))
        .check(
            body.present("rate_multiplier") && body.dbl("rate_multiplier") < 0,
            "rate_multiplier",
            "min")
        .done();
  }

  private Resp delete(Req req) {
    writes.deleteCascade(find(req));
    return Resp.okMessage("Group deleted successfully");
  }

  private Resp apiKeys(Req req) {
    long id = find(req).id;
    return Resp.ok(
        Pages.of(
            req,
            state.tables.apiKeys.stream()
                .filter(k -> !k.deleted() && Long.valueOf(id).equals(k.groupId))
                .map(views::apiKey)
                .collect(Collectors.toList())));
  }

  private Resp subscriptions(Req req) {
    long id = find(req).id;
    return Resp.ok(
        Pages.of(
            req,
            state.tables.subscriptions.stream()
                .filter(s -> !s.deleted() && s.groupId == id)
                .map(views::subscription)
                .collect(Collectors.toList())));
  }

  static boolean matches(String filter, String value) {
    return filter == null || filter.isEmpty() || filter.equals(value);
  }

  static boolean contains(String text, String search) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
  }
}
