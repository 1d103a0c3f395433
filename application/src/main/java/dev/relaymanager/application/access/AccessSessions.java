package dev.relaymanager.application.access;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.port.AccessConnector;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostGateway;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.port.ProviderEndpoint;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.port.UserSession;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import java.util.Objects;

/**
 * Opens what access closure needs on a host (admin, users API, gateway, the probe user's session),
 * resolving secret references only at use time.
 */
public final class AccessSessions {
  private final HostSessions admins;
  private final AccessConnector connector;
  private final ProbeUserRepository probeUsers;
  private final SecretResolver secrets;

  public AccessSessions(
      HostSessions admins,
      AccessConnector connector,
      ProbeUserRepository probeUsers,
      SecretResolver secrets) {
    this.admins = Objects.requireNonNull(admins, "admins");
    this.connector = Objects.requireNonNull(connector, "connector");
    this.probeUsers = Objects.requireNonNull(probeUsers, "probeUsers");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** The admin API of {@code host}. */
  HostAdmin admin(Host host) {
    return admins.open(host);
  }

  /** The users API of {@code host}. */
  HostUsers users(Host host) {
    return connector.users(admins.access(host));
  }

  /** The gateway of {@code host}, as ordinary users call it. */
  HostGateway gateway(Host host) {
    return connector.gateway(host.baseUrl());
  }

  /** Direct calls to providers. */
  ProviderEndpoint provider() {
    return connector.provider();
  }

  /**
   * The probe user of {@code host}.
   *
   * @throws InvalidInputException if none is set
   */
  ProbeUser probeUser(Host host) {
    return probeUsers
        .find(host.id())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "probe_user",
                    "host '"
                        + host.name()
                        + "' has no probe user: set one with hosts set-probe-user, or pass a"
                        + " user key with --key-file or --key-env"));
  }

  /** The probe user's password, read now. */
  Secret password(ProbeUser user) {
    return secrets.resolve(user.password());
  }

  /** A session as the probe user; it logs in on its first call. */
  UserSession session(Host host, ProbeUser user) {
    return connector.userSession(host.baseUrl(), user.login(password(user)));
  }
}
