package dev.relaymanager.acceptance.simhost;

import dev.relaymanager.acceptance.simhost.admin.AccountActions;
import dev.relaymanager.acceptance.simhost.admin.AccountRoutes;
import dev.relaymanager.acceptance.simhost.admin.AccountTestRoutes;
import dev.relaymanager.acceptance.simhost.admin.AdminKeyRoutes;
import dev.relaymanager.acceptance.simhost.admin.AuthRoutes;
import dev.relaymanager.acceptance.simhost.admin.ChannelRoutes;
import dev.relaymanager.acceptance.simhost.admin.GroupRoutes;
import dev.relaymanager.acceptance.simhost.admin.KeyRoutes;
import dev.relaymanager.acceptance.simhost.admin.Secrets;
import dev.relaymanager.acceptance.simhost.admin.SubscriptionRoutes;
import dev.relaymanager.acceptance.simhost.admin.SystemRoutes;
import dev.relaymanager.acceptance.simhost.admin.UserRoutes;
import dev.relaymanager.acceptance.simhost.admin.Views;
import dev.relaymanager.acceptance.simhost.control.ControlRoutes;
import dev.relaymanager.acceptance.simhost.control.DriftRoutes;
import dev.relaymanager.acceptance.simhost.gateway.GatewayRoutes;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;
import dev.relaymanager.acceptance.simhost.upstream.UpstreamRoutes;
import dev.relaymanager.acceptance.simhost.upstream.UpstreamSim;

/** Builds the route table of one simulated host. */
final class Wiring {
  private Wiring() {}

  static Router router(SimState state, Json json, Secrets secrets, Runnable reset) {
    Router r = new Router();
    Views views = new Views(state, json);
    UpstreamSim sim = new UpstreamSim(state);
    AccountUpstream upstream = new AccountUpstream(state, sim);
    new SystemRoutes(state, json, secrets).register(r);
    new AuthRoutes(state, views, secrets).register(r);
    new GroupRoutes(state, views).register(r);
    new AccountRoutes(state, views).register(r);
    new AccountActions(state, views).register(r);
    new AccountTestRoutes(state, json, upstream).register(r);
    new ChannelRoutes(state, views).register(r);
    new UserRoutes(state, views).register(r);
    new SubscriptionRoutes(state, views).register(r);
    new KeyRoutes(state, views, secrets).register(r);
    new AdminKeyRoutes(state, views, secrets).register(r);
    new GatewayRoutes(state, json, upstream).register(r);
    new UpstreamRoutes(sim, json).register(r);
    new ControlRoutes(state, json, reset).register(r);
    new DriftRoutes(state, json).register(r);
    return r;
  }
}
