package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;

/** Builds the access ports against a {@link FakeHost} as production builds them. */
final class AccessSessions {
  static final String USER_EMAIL = "rm-user@example.com";
  static final String USER_PASSWORD = "user-Passw0rd-9";
  static final String USER_KEY = "sk-" + "feedface".repeat(8);
  static final String UPSTREAM_KEY = "sk-sim-ok-" + "abcd1234".repeat(4);
  static final String JWT = "eyJhbGciOiJIUzI1NiJ9.user-token.signature";

  private AccessSessions() {}

  static Sub2apiAccessConnector connector(Clock clock) {
    return new Sub2apiAccessConnector(TestSessions.FAST, clock);
  }

  static Sub2apiHostUsers users(BaseUrl baseUrl) {
    AdminCredentials credentials = new AdminCredentials.ApiKey(Secret.of(TestSessions.ADMIN_KEY));
    return connector(Clock.systemUTC())
        .users(new HostAccess(TestSessions.HOST_ID, baseUrl, credentials));
  }

  static Sub2apiUserSession session(BaseUrl baseUrl) {
    return connector(Clock.systemUTC())
        .userSession(baseUrl, new UserLogin(USER_EMAIL, Secret.of(USER_PASSWORD)));
  }

  /** A login answer with the test JWT. */
  static Canned loginAnswer() {
    return Canned.data(
        "{\"access_token\":\""
            + JWT
            + "\",\"refresh_token\":\"r1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
  }

  /** A key DTO as the host returns it, with the full secret. */
  static String keyJson(long id, long groupId) {
    return "{\"id\":"
        + id
        + ",\"user_id\":7,\"key\":\""
        + USER_KEY
        + "\",\"name\":\"rm-verify\",\"group_id\":"
        + groupId
        + ",\"status\":\"active\"}";
  }
}
