package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;

/** Opens what access closure and verification need on a host. Opening does no I/O. */
public interface AccessConnector {
  /** The admin API for users, balance, subscriptions and keys. */
  HostUsers users(HostAccess access);

  /** A session as the ordinary user {@code login} on the host at {@code host}. */
  UserSession userSession(BaseUrl host, UserLogin login);

  /** The gateway of the host at {@code host}. */
  HostGateway gateway(BaseUrl host);

  /** Direct calls to providers. */
  ProviderEndpoint provider();
}
