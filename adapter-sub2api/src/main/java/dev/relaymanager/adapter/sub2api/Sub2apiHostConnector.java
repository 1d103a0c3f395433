package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.port.HostConnector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Opens admin sessions on sub2api hosts; keeps one {@link HttpClient} per host base URL and one
 * JSON mapper for all of them.
 */
public final class Sub2apiHostConnector implements HostConnector {
  private final Sub2apiSettings settings;
  private final Clock clock;
  private final HostJson json = new HostJson();
  private final ConcurrentMap<BaseUrl, HttpClient> clients = new ConcurrentHashMap<>();

  public Sub2apiHostConnector(Sub2apiSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A session on the host; no I/O happens until its first call. */
  @Override
  public Sub2apiHostAdmin connect(HostAccess access) {
    Objects.requireNonNull(access, "access");
    HostTransport transport =
        new HostTransport(client(access.baseUrl()), access.baseUrl(), settings);
    AdminApi api = new AdminApi(transport, json, authorizer(access.credentials(), transport));
    return new Sub2apiHostAdmin(access.hostId(), transport, api, json, clock);
  }

  HttpClient client(BaseUrl baseUrl) {
    return clients.computeIfAbsent(
        baseUrl,
        url ->
            HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // Following a redirect would resend the admin key to wherever it points.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
  }

  AdminAuthorizer authorizer(AdminCredentials credentials, HostTransport transport) {
    if (credentials instanceof AdminCredentials.ApiKey) {
      return new ApiKeyAuthorizer(((AdminCredentials.ApiKey) credentials).key());
    }
    if (credentials instanceof AdminCredentials.Login) {
      AdminCredentials.Login login = (AdminCredentials.Login) credentials;
      return new JwtAuthorizer(transport, json, clock, login.email(), login.password());
    }
    throw new AssertionError(credentials);
  }
}
