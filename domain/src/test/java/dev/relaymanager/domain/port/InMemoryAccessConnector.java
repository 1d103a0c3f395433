package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import java.util.Optional;

/**
 * An {@link AccessConnector} to one in-memory host whose groups are those of {@code objects}: the
 * users side, a scripted gateway and a scripted provider; user logins can be refused with a host
 * code (e.g. {@code BACKEND_MODE_ADMIN_ONLY}).
 */
public final class InMemoryAccessConnector implements AccessConnector {
  private final InMemoryHostUsers users;
  private final ScriptedHostGateway gateway = new ScriptedHostGateway();
  private final ScriptedProviderEndpoint provider = new ScriptedProviderEndpoint();
  private volatile Optional<String> loginRefusal = Optional.empty();

  public InMemoryAccessConnector(InMemoryHostObjects objects) {
    this.users = new InMemoryHostUsers(objects);
  }

  public InMemoryHostUsers hostUsers() {
    return users;
  }

  public ScriptedHostGateway scriptedGateway() {
    return gateway;
  }

  public ScriptedProviderEndpoint scriptedProvider() {
    return provider;
  }

  /** From now on user logins fail with 403 {@code hostCode}. */
  public InMemoryAccessConnector refuseLogins(String hostCode) {
    loginRefusal = Optional.of(hostCode);
    return this;
  }

  @Override
  public HostUsers users(HostAccess access) {
    return users;
  }

  @Override
  public UserSession userSession(BaseUrl host, UserLogin login) {
    return new InMemoryUserSession(users, login, loginRefusal);
  }

  @Override
  public HostGateway gateway(BaseUrl host) {
    return gateway;
  }

  @Override
  public ProviderEndpoint provider() {
    return provider;
  }
}
