package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.AdminAuth;
import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostConnector;
import dev.relaymanager.domain.port.SecretResolver;
import java.util.Objects;

/** Opens an admin session on a registered host, resolving its secret reference at use time. */
public final class HostSessions {
  private final HostConnector connector;
  private final SecretResolver secrets;

  public HostSessions(HostConnector connector, SecretResolver secrets) {
    this.connector = Objects.requireNonNull(connector, "connector");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /**
   * An admin session on {@code host}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the secret cannot be read
   */
  public HostAdmin open(Host host) {
    return connector.connect(access(host));
  }

  /**
   * What an adapter needs to talk to {@code host} as an admin, with the secret resolved now.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the secret cannot be read
   */
  public HostAccess access(Host host) {
    return new HostAccess(host.id(), host.baseUrl(), credentials(host));
  }

  private AdminCredentials credentials(Host host) {
    AdminAuth auth = host.adminAuth();
    if (auth instanceof AdminAuth.ApiKey) {
      return new AdminCredentials.ApiKey(secrets.resolve(auth.secretReference()));
    }
    if (auth instanceof AdminAuth.Login) {
      AdminAuth.Login login = (AdminAuth.Login) auth;
      return new AdminCredentials.Login(login.email(), secrets.resolve(auth.secretReference()));
    }
    throw new AssertionError(auth);
  }
}
