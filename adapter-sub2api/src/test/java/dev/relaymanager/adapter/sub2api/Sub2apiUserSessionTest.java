package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Sub2apiUserSessionTest {
  private static final String LOGIN = "/api/v1/auth/login";
  private static final String KEYS = "/api/v1/keys";

  private final FakeHost host = FakeHost.start();
  private final Sub2apiUserSession session = AccessSessions.session(host.baseUrl());

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void the_first_call_logs_in_and_sends_the_user_jwt() {
    host.on("POST", LOGIN, AccessSessions.loginAnswer());
    host.on("GET", KEYS, Canned.page(AccessSessions.keyJson(21, 3)));

    List<LiveUserKey> keys = session.listKeys();
    session.listKeys();

    assertThat(keys).extracting(LiveUserKey::id).containsExactly(21L);
    assertThat(host.count("POST", LOGIN)).isEqualTo(1);
    assertThat(host.requests().get(0).body())
        .isEqualTo(
            "{\"email\":\"rm-user@example.com\",\"password\":\""
                + AccessSessions.USER_PASSWORD
                + "\"}");
    assertThat(host.requests().get(1).header("Authorization"))
        .isEqualTo("Bearer " + AccessSessions.JWT);
    assertThat(host.requests().get(1).header("x-api-key")).isNull();
  }

  @Test
  void create_key_posts_name_and_group_and_holds_the_key_as_a_secret() {
    host.on("POST", LOGIN, AccessSessions.loginAnswer());
    host.on("POST", KEYS, Canned.data(AccessSessions.keyJson(21, 3)));

    LiveUserKey key = session.createKey("rm-verify", 3);

    assertThat(key.key().reveal()).isEqualTo(AccessSessions.USER_KEY);
    assertThat(key.toString()).doesNotContain(AccessSessions.USER_KEY);
    assertThat(host.requests().get(1).body()).isEqualTo("{\"name\":\"rm-verify\",\"group_id\":3}");
  }

  @Test
  void a_group_the_user_may_not_use_is_rejected_with_group_not_allowed() {
    host.on("POST", LOGIN, AccessSessions.loginAnswer());
    host.on("POST", KEYS, Canned.appError(403, "GROUP_NOT_ALLOWED", "group not allowed"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, () -> session.createKey("k", 3));

    assertThat(rejected.reason()).isEqualTo(Reason.REJECTED);
    assertThat(rejected.hostCode()).isEqualTo("GROUP_NOT_ALLOWED");
    assertThat(rejected.httpStatus()).isEqualTo(403);
  }

  @Test
  void a_user_with_two_factor_cannot_be_logged_in() {
    host.on(
        "POST",
        LOGIN,
        Canned.data("{\"requires_2fa\":true,\"temp_token\":\"t\",\"user_email_masked\":\"r***\"}"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, session::listKeys);

    assertThat(rejected.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("TWO_FACTOR_REQUIRED");
    assertThat(host.count("GET", KEYS)).isZero();
  }

  @Test
  void backend_mode_refuses_the_login_with_the_host_code() {
    host.on(
        "POST",
        LOGIN,
        Canned.middleware(403, "BACKEND_MODE_ADMIN_ONLY", "Only admin login is allowed."));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, session::listKeys);

    assertThat(rejected.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("BACKEND_MODE_ADMIN_ONLY");
    assertThat(rejected.getMessage()).contains("rm-user@example.com").doesNotContain("admin cred");
  }

  @Test
  void turnstile_refuses_the_login_with_the_host_code() {
    host.on(
        "POST",
        LOGIN,
        Canned.appError(400, "TURNSTILE_VERIFICATION_FAILED", "turnstile verification failed"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, () -> session.createKey("k", 3));

    assertThat(rejected.hostCode()).isEqualTo("TURNSTILE_VERIFICATION_FAILED");
    assertThat(rejected.httpStatus()).isEqualTo(400);
  }

  @Test
  void a_wrong_password_echoed_by_the_host_is_masked() {
    host.on(
        "POST",
        LOGIN,
        Canned.appError(
            401, "INVALID_CREDENTIALS", "bad password " + AccessSessions.USER_PASSWORD));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, session::listKeys);

    assertThat(rejected.getMessage()).doesNotContain(AccessSessions.USER_PASSWORD);
  }

  @Test
  void user_routes_refused_in_backend_mode_are_an_authentication_failure() {
    host.on("POST", LOGIN, AccessSessions.loginAnswer());
    host.on("GET", KEYS, Canned.middleware(403, "BACKEND_MODE_ADMIN_ONLY", "admin only"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, session::listKeys);

    assertThat(rejected.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("BACKEND_MODE_ADMIN_ONLY");
  }

  @Test
  void an_expired_token_logs_in_again_once_and_the_token_is_never_shown() {
    host.on("POST", LOGIN, AccessSessions.loginAnswer());
    host.onSequence(
        "GET",
        KEYS,
        Canned.middleware(401, "TOKEN_EXPIRED", "token " + AccessSessions.JWT + " expired"),
        Canned.middleware(401, "TOKEN_EXPIRED", "token " + AccessSessions.JWT + " expired"));

    HostRejectedException rejected =
        catchThrowableOfType(HostRejectedException.class, session::listKeys);

    assertThat(host.count("POST", LOGIN)).isEqualTo(2);
    assertThat(rejected.getMessage()).doesNotContain(AccessSessions.JWT);
  }

  @Test
  void delete_key_is_deleted_then_already_gone() {
    host.on("POST", LOGIN, AccessSessions.loginAnswer());
    host.onSequence(
        "DELETE",
        KEYS + "/21",
        Canned.data("{\"message\":\"API key deleted successfully\"}"),
        Canned.appError(404, "API_KEY_NOT_FOUND", "api key not found"));

    assertThat(session.deleteKey(21)).isEqualTo(DeleteOutcome.DELETED);
    assertThat(session.deleteKey(21)).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }
}
