package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.adapter.sub2api.wire.VersionInfo;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.MutableClock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JwtAuthorizerTest {
  private static final String VERSION = "/api/v1/admin/system/version";
  private static final String LOGIN = JwtAuthorizer.LOGIN;
  private static final String REFRESH = JwtAuthorizer.REFRESH;

  private final FakeHost host = FakeHost.start();
  private final MutableClock clock = MutableClock.at("2026-11-01T10:00:00Z");
  private final AdminApi api = TestSessions.loginApi(host.baseUrl(), clock);

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void the_first_call_logs_in_and_sends_the_token_as_bearer() {
    host.on("POST", LOGIN, tokens("access-1", "refresh-1", 3600));
    acceptOnly("access-1");

    VersionInfo info = api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(info.version()).isEqualTo("0.1.190");
    RecordedRequest login = host.requests().get(0);
    assertThat(login.body())
        .isEqualTo(
            "{\"email\":\"admin@example.com\",\"password\":\""
                + TestSessions.ADMIN_PASSWORD
                + "\"}");
    assertThat(host.requests().get(1).header("authorization")).isEqualTo("Bearer access-1");
  }

  @Test
  void the_token_is_kept_for_later_calls() {
    host.on("POST", LOGIN, tokens("access-1", "refresh-1", 3600));
    acceptOnly("access-1");

    api.get(VERSION, VersionInfo.class).orThrow();
    api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(host.count("POST", LOGIN)).isEqualTo(1);
  }

  @Test
  void an_expired_token_by_the_clock_is_refreshed_before_the_call() {
    host.on("POST", LOGIN, tokens("access-1", "refresh-1", 60));
    host.on("POST", REFRESH, tokens("access-2", "refresh-2", 60));
    acceptOnly("access-1", "access-2");
    api.get(VERSION, VersionInfo.class).orThrow();

    clock.advance(Duration.ofSeconds(61));
    api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(host.count("POST", REFRESH)).isEqualTo(1);
    assertThat(host.count("POST", LOGIN)).isEqualTo(1);
    RecordedRequest refresh =
        host.requests().stream().filter(r -> r.is("POST", REFRESH)).findFirst().orElseThrow();
    assertThat(refresh.body()).isEqualTo("{\"refresh_token\":\"refresh-1\"}");
    assertThat(last().header("authorization")).isEqualTo("Bearer access-2");
  }

  @Test
  void a_token_expired_answer_refreshes_and_repeats_the_call_once() {
    host.on("POST", LOGIN, tokens("access-1", "refresh-1", 3600));
    host.on("POST", REFRESH, tokens("access-2", "refresh-2", 3600));
    host.on(
        "GET",
        VERSION,
        request ->
            "Bearer access-2".equals(request.header("authorization"))
                ? ContractFixtures.answer(200, "version.json")
                : ContractFixtures.answer(401, "error-token-expired.json"));

    VersionInfo info = api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(info.version()).isEqualTo("0.1.190");
    assertThat(host.count("GET", VERSION)).isEqualTo(2);
  }

  @Test
  void a_refused_refresh_falls_back_to_a_new_login() {
    host.onSequence(
        "POST", LOGIN, tokens("access-1", "refresh-1", 60), tokens("access-2", "refresh-2", 60));
    host.on("POST", REFRESH, Canned.middleware(401, "INVALID_TOKEN", "refresh token revoked"));
    acceptOnly("access-1", "access-2");
    api.get(VERSION, VersionInfo.class).orThrow();

    clock.advance(Duration.ofSeconds(61));
    api.get(VERSION, VersionInfo.class).orThrow();

    assertThat(host.count("POST", LOGIN)).isEqualTo(2);
    assertThat(last().header("authorization")).isEqualTo("Bearer access-2");
  }

  @Test
  void a_login_that_requires_2fa_is_an_authentication_failure() {
    host.on("POST", LOGIN, ContractFixtures.answer(200, "login-2fa.json"));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> api.get(VERSION, VersionInfo.class));

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.getMessage()).contains("two-factor").contains("admin API key");
    assertThat(host.count("GET", VERSION)).isZero();
  }

  @Test
  void a_refused_login_is_an_authentication_failure_without_the_password() {
    String echo = "invalid email or password " + TestSessions.ADMIN_PASSWORD;
    host.on("POST", LOGIN, Canned.appError(401, "INVALID_CREDENTIALS", echo));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> api.get(VERSION, VersionInfo.class));

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(rejected.getMessage()).doesNotContain(TestSessions.ADMIN_PASSWORD);
  }

  @Test
  void a_token_the_host_echoes_is_masked_in_errors() {
    host.on("POST", LOGIN, tokens("access-1", "refresh-1", 3600));
    host.on("GET", VERSION, Canned.appError(400, "BAD", "bad token access-1"));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> api.get(VERSION, VersionInfo.class).orThrow());

    assertThat(rejected.getMessage()).doesNotContain("access-1").contains("***");
  }

  private void acceptOnly(String... tokens) {
    Set<String> accepted = new HashSet<>();
    for (String token : tokens) {
      accepted.add("Bearer " + token);
    }
    host.on(
        "GET",
        VERSION,
        request ->
            accepted.contains(request.header("authorization"))
                ? ContractFixtures.answer(200, "version.json")
                : Canned.middleware(401, "INVALID_TOKEN", "invalid token"));
  }

  private RecordedRequest last() {
    return host.requests().get(host.requests().size() - 1);
  }

  private static Canned tokens(String access, String refresh, long expiresIn) {
    return Canned.data(
        "{\"access_token\":\""
            + access
            + "\",\"refresh_token\":\""
            + refresh
            + "\",\"expires_in\":"
            + expiresIn
            + ",\"token_type\":\"Bearer\",\"user\":{\"id\":1,\"role\":\"admin\"}}");
  }
}
