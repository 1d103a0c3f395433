package dev.relaymanager.acceptance.simhost.control;

import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.List;
import java.util.function.ToLongFunction;

/** Hand-made drift: raw row patches and inserts that bypass every validation rule. */
public final class DriftRoutes {
  private final SimState state;
  private final Json json;

  /** Drift routes over one host's state. */
  public DriftRoutes(SimState state, Json json) {
    this.state = state;
    this.json = json;
  }

  /** Registers {@code PATCH /_sim/<table>/:id} and {@code POST /_sim/<table>} per table. */
  public void register(Router r) {
    table(r, "groups", GroupRow.class, state.tables.groups, g -> g.id);
    table(r, "accounts", AccountRow.class, state.tables.accounts, a -> a.id);
    table(r, "channels", ChannelRow.class, state.tables.channels, c -> c.id);
    table(r, "users", UserRow.class, state.tables.users, u -> u.id);
    table(r, "subscriptions", SubscriptionRow.class, state.tables.subscriptions, s -> s.id);
    table(r, "api-keys", ApiKeyRow.class, state.tables.apiKeys, k -> k.id);
  }

  private <T> void table(Router r, String name, Class<T> type, List<T> rows, ToLongFunction<T> id) {
    r.add("PATCH", "/_sim/" + name + "/:id", Guard.CONTROL, req -> patch(req, rows, id));
    r.add("POST", "/_sim/" + name, Guard.CONTROL, req -> insert(req, type, rows));
  }

  private <T> Resp patch(Req req, List<T> rows, ToLongFunction<T> id) {
    long wanted = req.id("id", "row");
    T row =
        rows.stream()
            .filter(x -> id.applyAsLong(x) == wanted)
            .findFirst()
            .orElseThrow(() -> SimError.plain(404, "no such row"));
    json.patch(row, req.rawBody());
    state.modelsCache.clear();
    return Resp.json(200, json.toMap(row));
  }

  private <T> Resp insert(Req req, Class<T> type, List<T> rows) {
    T row = json.read(req.rawBody(), type);
    String withId = "{\"id\":" + state.nextId() + "}";
    if (json.toMap(row).get("id") instanceof Number n && n.longValue() == 0) {
      json.patch(row, withId);
    }
    rows.add(row);
    state.modelsCache.clear();
    return Resp.json(200, json.toMap(row));
  }
}
