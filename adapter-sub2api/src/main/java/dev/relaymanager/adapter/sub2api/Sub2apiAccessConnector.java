package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.port.AccessConnector;
import java.time.Clock;
import java.util.Objects;

/**
 * Opens what access closure and verification need on sub2api hosts: admin user routes, user
 * sessions, the gateway and direct provider calls. Shares the HTTP clients (no redirects, so no key
 * is resent elsewhere) of a {@link Sub2apiHostConnector}; opening does no I/O.
 */
public final class Sub2apiAccessConnector implements AccessConnector {
  private final Sub2apiSettings settings;
  private final Sub2apiSettings unretried;
  private final Sub2apiHostConnector hosts;
  private final HostJson json = new HostJson();
  private final BearerCaller caller;

  public Sub2apiAccessConnector(Sub2apiSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.hosts = new Sub2apiHostConnector(settings, Objects.requireNonNull(clock, "clock"));
    this.caller = new BearerCaller(clock);
    // A verification must see what a user sees: the gateway and providers are never retried.
    this.unretried =
        new Sub2apiSettings(
            settings.connectTimeout(),
            settings.requestTimeout(),
            0,
            settings.retryBackoff(),
            settings.accountTestTimeout());
  }

  @Override
  public Sub2apiHostUsers users(HostAccess access) {
    HostTransport transport = transport(access.baseUrl(), settings);
    AdminAuthorizer authorizer = hosts.authorizer(access.credentials(), transport);
    return new Sub2apiHostUsers(new AdminApi(transport, json, authorizer), json);
  }

  @Override
  public Sub2apiUserSession userSession(BaseUrl host, UserLogin login) {
    HostTransport transport = transport(host, settings);
    UserAuthorizer authorizer = new UserAuthorizer(transport, json, login);
    return new Sub2apiUserSession(new AdminApi(transport, json, authorizer), json);
  }

  @Override
  public Sub2apiHostGateway gateway(BaseUrl host) {
    return new Sub2apiHostGateway(transport(host, unretried), json, caller);
  }

  @Override
  public Sub2apiProviderEndpoint provider() {
    return new Sub2apiProviderEndpoint(origin -> transport(origin, unretried), json, caller);
  }

  private HostTransport transport(BaseUrl baseUrl, Sub2apiSettings policy) {
    return new HostTransport(
        hosts.client(Objects.requireNonNull(baseUrl, "baseUrl")), baseUrl, policy);
  }
}
