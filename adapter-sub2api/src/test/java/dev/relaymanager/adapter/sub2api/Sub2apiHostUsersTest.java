package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.UserDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Sub2apiHostUsersTest {
  private static final String USERS = "/api/v1/admin/users";
  private static final String USER_JSON =
      "{\"id\":7,\"email\":\"rm-user@example.com\",\"username\":\"rm\",\"role\":\"user\","
          + "\"balance\":12.50,\"status\":\"active\",\"allowed_groups\":[3],\"notes\":\"rm:b1\"}";

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostUsers users = AccessSessions.users(host.baseUrl());

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void find_by_email_searches_and_keeps_the_exact_email_ignoring_case() {
    host.on(
        "GET",
        USERS,
        Canned.page(
            "{\"id\":6,\"email\":\"rm-user@example.com.cn\"}",
            USER_JSON.replace("rm-user@example.com", "RM-User@Example.com")));

    Optional<LiveUser> user = users.findUserByEmail("rm-user@example.com");

    assertThat(user).map(LiveUser::id).contains(7L);
    assertThat(host.requests().get(0).query()).contains("search=rm-user%40example.com");
    assertThat(host.requests().get(0).header("x-api-key")).isEqualTo(TestSessions.ADMIN_KEY);
  }

  @Test
  void find_by_email_without_a_match_is_empty() {
    host.on("GET", USERS, Canned.page("{\"id\":6,\"email\":\"other@example.com\"}"));

    assertThat(users.findUserByEmail("rm-user@example.com")).isEmpty();
  }

  @Test
  void create_posts_the_user_and_reads_it() {
    host.on("POST", USERS, Canned.data(USER_JSON));

    LiveUser user = users.createUser(aDraft());

    assertThat(user)
        .isEqualTo(
            new LiveUser(
                7, "rm-user@example.com", "active", new BigDecimal("12.5"), List.of(3L), "rm:b1"));
    assertThat(host.requests().get(0).body())
        .contains("\"email\":\"rm-user@example.com\"", "\"password\":\"user-Passw0rd-9\"")
        .contains("\"username\":\"rm\"", "\"notes\":\"rm:b1\"");
  }

  @Test
  void create_with_a_taken_email_is_a_conflict() {
    host.on("POST", USERS, Canned.appError(409, "EMAIL_EXISTS", "email already exists"));

    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> users.createUser(aDraft()));

    assertThat(conflict.getMessage()).isEqualTo("EMAIL_EXISTS: email already exists");
  }

  @Test
  void create_refusal_echoing_the_password_does_not_reveal_it() {
    host.on("POST", USERS, Canned.validation("Invalid request: password user-Passw0rd-9 weak"));

    Throwable thrown = catchThrowable(() -> users.createUser(aDraft()));

    assertThat(thrown).isInstanceOf(HostRejectedException.class);
    assertThat(thrown.getMessage()).doesNotContain(AccessSessions.USER_PASSWORD).contains("***");
  }

  @Test
  void add_balance_posts_an_add_with_the_idempotency_key() {
    host.on("POST", USERS + "/7/balance", Canned.data(USER_JSON));

    LiveUser user =
        users.addBalance(7, new BigDecimal("5.00"), "rm top-up", new IdempotencyKey("rm-b1-7"));

    RecordedRequest request = host.requests().get(0);
    assertThat(user.balance()).isEqualByComparingTo("12.5");
    assertThat(request.header("Idempotency-Key")).isEqualTo("rm-b1-7");
    assertThat(request.body())
        .contains("\"balance\":5.00", "\"operation\":\"add\"", "\"notes\":\"rm top-up\"");
  }

  @Test
  void add_balance_for_an_unknown_user_is_not_found() {
    host.on("POST", USERS + "/9/balance", Canned.appError(404, "USER_NOT_FOUND", "not found"));

    Throwable thrown =
        catchThrowable(
            () -> users.addBalance(9, BigDecimal.ONE, "n", new IdempotencyKey("rm-b1-9")));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
  }

  @Test
  void set_allowed_groups_puts_only_the_groups() {
    host.on("PUT", USERS + "/7", Canned.data(USER_JSON));

    users.setAllowedGroups(7, List.of(3L, 4L));

    assertThat(host.requests().get(0).body()).isEqualTo("{\"allowed_groups\":[3,4]}");
  }

  @Test
  void list_user_keys_reads_every_key_with_its_secret() {
    host.on("GET", USERS + "/7/api-keys", Canned.page(AccessSessions.keyJson(21, 3)));

    List<LiveUserKey> keys = users.listUserKeys(7);

    assertThat(keys)
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.key().reveal()).isEqualTo(AccessSessions.USER_KEY);
              assertThat(key.group()).hasValue(3);
              assertThat(key.toString()).doesNotContain(AccessSessions.USER_KEY);
            });
    assertThat(host.requests().get(0).query()).contains("page_size=1000");
  }

  @Test
  void rebind_puts_the_group_and_reads_the_key_of_the_answer() {
    host.on(
        "PUT",
        "/api/v1/admin/api-keys/21",
        Canned.data(
            "{\"api_key\":"
                + AccessSessions.keyJson(21, 4)
                + ",\"auto_granted_group_access\":true}"));

    LiveUserKey key = users.rebindUserKey(21, 4);

    assertThat(key.groupId()).isEqualTo(4);
    assertThat(host.requests().get(0).body()).isEqualTo("{\"group_id\":4}");
  }

  @Test
  void delete_user_is_deleted_then_already_gone() {
    host.onSequence(
        "DELETE",
        USERS + "/7",
        Canned.data("{\"message\":\"User deleted successfully\"}"),
        Canned.appError(404, "USER_NOT_FOUND", "user not found"));

    assertThat(users.deleteUser(7)).isEqualTo(DeleteOutcome.DELETED);
    assertThat(users.deleteUser(7)).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }

  @Test
  void a_refused_admin_key_never_appears_in_the_message() {
    host.on(
        "GET",
        USERS,
        Canned.middleware(401, "INVALID_ADMIN_KEY", "bad key " + TestSessions.ADMIN_KEY));

    Throwable thrown = catchThrowable(() -> users.findUserByEmail("a@b.c"));

    assertThat(thrown).isInstanceOf(HostRejectedException.class);
    assertThat(thrown.getMessage()).doesNotContain(TestSessions.ADMIN_KEY);
  }

  private static UserDraft aDraft() {
    return new UserDraft(
        "rm-user@example.com", Secret.of(AccessSessions.USER_PASSWORD), "rm", "rm:b1");
  }
}
