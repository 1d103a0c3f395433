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
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /api/v1/admin/channels} (contract §8), present only while the channels knob is on. */
public final class ChannelRoutes {
  private static final String P = "/api/v1/admin/channels";
  private final SimState state;
  private final Views views;
  private final ChannelWrites writes;

  /** Routes over one host's state. */
  public ChannelRoutes(SimState state, Views views) {
    this.state = state;
    this.views = views;
    this.writes = new ChannelWrites(state);
  }

  /** Registers the routes. */
  public void register(Router r) {
    add(r, "GET", P, this::list);
    add(r, "GET", P + "/model-pricing", this::pricing);
    add(r, "GET", P + "/:id", req -> Resp.ok(views.channel(find(req))));
    add(r, "POST", P, this::create);
    add(r, "PUT", P + "/:id", this::update);
    add(r, "DELETE", P + "/:id", this::delete);
  }

  private void add(
      Router r, String method, String path, dev.relaymanager.acceptance.simhost.http.Handler h) {
    r.add(Route.of(method, path, Guard.ADMIN, h).when(() -> state.knobs.channels));
  }

  private ChannelRow find(Req req) {
    long id = req.id("id", "channel");
    return state
        .channel(id)
        .orElseThrow(() -> SimError.app(404, "CHANNEL_NOT_FOUND", "channel not found"));
  }

  private Resp list(Req req) {
    String search = req.query("search");
    Comparator<ChannelRow> order = Comparator.comparingLong(c -> c.id);
    if ("desc".equals(req.query("sort_order"))) {
      order = order.reversed();
    }
    List<Map<String, Object>> rows =
        state.tables.channels.stream()
            .filter(c -> !c.deleted())
            .filter(c -> GroupRoutes.matches(req.query("status"), c.status))
            .filter(c -> search == null || GroupRoutes.contains(c.name, search))
            .sorted(order)
            .map(views::channel)
            .collect(Collectors.toList());
    return Resp.ok(Pages.of(req, rows));
  }

  private Resp pricing(Req req) {
    return Resp.ok(Map.of("found", false, "model", String.valueOf(req.query("model"))));
  }

  private Resp create(Req req) {
    Body body = req.body("CreateChannelRequest");
    validate(body).check(!body.present("name"), "name", "required").done();
    return Resp.ok(views.channel(writes.create(body)));
  }

  private Resp update(Req req) {
    ChannelRow c = find(req);
    Body body = req.body("UpdateChannelRequest");
    validate(body).oneOf("status", List.of("active", "disabled")).done();
    checkVersion(c, body);
    writes.update(c, body);
    return Resp.ok(views.channel(c));
  }

  /** Upstream ignores {@code expected_updated_at}; a fork rejects a stale one (findings §4). */
  private void checkVersion(ChannelRow c, Body body) {
    String expected = body.str("expected_updated_at");
    if (state.knobs.channelStrictUpdatedAt && expected != null && !expected.equals(c.updatedAt)) {
      throw SimError.app(409, "CHANNEL_VERSION_CONFLICT", "channel was modified by someone else");
    }
  }

  private static Validator validate(Body body) {
    return new Validator(body)
        .withReason("VALIDATION_ERROR")
        .maxLen("name", 100)
        .oneOf("billing_model_source", List.of("requested", "upstream", "channel_mapped"));
  }

  /** A hard delete: the row is gone, its name free, a second delete a 404 (findings §6). */
  private Resp delete(Req req) {
    state.tables.channels.remove(find(req));
    return Resp.okMessage("Channel deleted successfully");
  }
}
