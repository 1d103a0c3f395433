package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.shared.Secret;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** Builds adapter parts against a {@link FakeHost}, with fast settings. */
final class TestSessions {
  static final String ADMIN_KEY = "admin-" + "0123456789abcdef".repeat(4);
  static final String ADMIN_EMAIL = "admin@example.com";
  static final String ADMIN_PASSWORD = "s3cret-Passw0rd";
  static final HostId HOST_ID = new HostId("h1");

  /** 2 read retries without pauses, so retry tests stay fast. */
  static final Sub2apiSettings FAST =
      new Sub2apiSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ZERO);

  private TestSessions() {}

  static HostTransport transport(BaseUrl baseUrl, Sub2apiSettings settings) {
    return new HostTransport(HttpClient.newHttpClient(), baseUrl, settings);
  }

  static AdminApi apiKeyApi(BaseUrl baseUrl, Sub2apiSettings settings) {
    return new AdminApi(
        transport(baseUrl, settings), new HostJson(), new ApiKeyAuthorizer(Secret.of(ADMIN_KEY)));
  }

  static AdminApi loginApi(BaseUrl baseUrl, Clock clock) {
    HostJson json = new HostJson();
    HostTransport transport = transport(baseUrl, FAST);
    JwtAuthorizer authorizer =
        new JwtAuthorizer(transport, json, clock, ADMIN_EMAIL, Secret.of(ADMIN_PASSWORD));
    return new AdminApi(transport, json, authorizer);
  }

  /** An admin session on {@code baseUrl} with the admin API key, built as production builds it. */
  static Sub2apiHostAdmin hostAdmin(BaseUrl baseUrl, Clock clock) {
    return new Sub2apiHostConnector(FAST, clock)
        .connect(
            new HostAccess(HOST_ID, baseUrl, new AdminCredentials.ApiKey(Secret.of(ADMIN_KEY))));
  }

  /** The given base URL with nothing listening: the server was started, then closed. */
  static BaseUrl closedPort() {
    FakeHost host = FakeHost.start();
    BaseUrl url = host.baseUrl();
    host.close();
    return url;
  }
}
