package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostSubscriptionsTest {
  private static final String SUBSCRIPTIONS = "/api/v1/admin/subscriptions";

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostUsers users = AccessSessions.users(host.baseUrl());

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void find_filters_by_user_and_group_and_walks_every_page() {
    host.on(
        "GET",
        SUBSCRIPTIONS,
        request ->
            request.query().contains("page=1&")
                ? Canned.data(page(1, subscription(31, 7, 3, "expired")))
                : Canned.data(page(2, subscription(32, 7, 3, "active"))));

    List<LiveSubscription> found = users.findSubscriptions(7, 3);

    assertThat(found).extracting(LiveSubscription::id).containsExactly(31L, 32L);
    assertThat(found.get(1).isActive()).isTrue();
    assertThat(host.requests().get(0).query()).contains("user_id=7", "group_id=3");
  }

  @Test
  void assign_posts_the_terms_and_reads_the_subscription() {
    host.on("POST", SUBSCRIPTIONS + "/assign", Canned.data(subscription(31, 7, 3, "active")));

    LiveSubscription subscription = users.assignSubscription(7, 3, 30, "rm:b1");

    assertThat(subscription)
        .isEqualTo(new LiveSubscription(31, 7, 3, "active", "2026-12-01T00:00:00Z", "rm:b1"));
    assertThat(host.requests().get(0).body())
        .isEqualTo("{\"user_id\":7,\"group_id\":3,\"validity_days\":30,\"notes\":\"rm:b1\"}");
  }

  @Test
  void assign_conflict_names_the_host_reason_and_the_conflict_reason() {
    host.on(
        "POST",
        SUBSCRIPTIONS + "/assign",
        Canned.json(
            409,
            "{\"code\":409,\"message\":\"subscription terms differ\",\"reason\":"
                + "\"SUBSCRIPTION_ASSIGN_CONFLICT\",\"metadata\":{\"conflict_reason\":"
                + "\"notes_mismatch\"}}"));

    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class, () -> users.assignSubscription(7, 3, 30, "other"));

    assertThat(conflict.getMessage())
        .isEqualTo("SUBSCRIPTION_ASSIGN_CONFLICT (notes_mismatch): subscription terms differ");
  }

  @Test
  void assign_on_an_old_host_that_refuses_reassignment_is_a_conflict() {
    host.on(
        "POST",
        SUBSCRIPTIONS + "/assign",
        Canned.appError(409, "SUBSCRIPTION_ALREADY_EXISTS", "subscription already exists"));

    assertThatThrownBy(() -> users.assignSubscription(7, 3, 30, "n"))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("SUBSCRIPTION_ALREADY_EXISTS");
  }

  @Test
  void assign_to_a_standard_group_is_rejected_with_the_host_code() {
    host.on(
        "POST",
        SUBSCRIPTIONS + "/assign",
        Canned.appError(400, "GROUP_NOT_SUBSCRIPTION_TYPE", "group is not a subscription group"));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> users.assignSubscription(7, 3, 30, "n"));

    assertThat(rejected.hostCode()).isEqualTo("GROUP_NOT_SUBSCRIPTION_TYPE");
  }

  @Test
  void bulk_assign_reports_a_partial_failure_per_user() {
    host.on(
        "POST",
        SUBSCRIPTIONS + "/bulk-assign",
        Canned.data(
            "{\"success_count\":2,\"created_count\":1,\"reused_count\":1,\"failed_count\":1,"
                + "\"subscriptions\":[],\"errors\":[\"user 17: notes mismatch\"],"
                + "\"statuses\":{\"7\":\"created\",\"8\":\"reused\",\"17\":\"failed\"}}"));

    List<SubscriptionAssignment> assignments =
        users.bulkAssignSubscriptions(List.of(7L, 8L, 17L), 3, 30, "rm:b1");

    assertThat(assignments)
        .containsExactly(
            new SubscriptionAssignment(7, "created", ""),
            new SubscriptionAssignment(8, "reused", ""),
            new SubscriptionAssignment(17, "failed", "user 17: notes mismatch"));
    assertThat(host.requests().get(0).body())
        .isEqualTo(
            "{\"user_ids\":[7,8,17],\"group_id\":3,\"validity_days\":30,\"notes\":\"rm:b1\"}");
  }

  @Test
  void bulk_assign_on_an_old_host_without_statuses_reads_the_subscriptions_returned() {
    host.on(
        "POST",
        SUBSCRIPTIONS + "/bulk-assign",
        Canned.data(
            "{\"success_count\":1,\"failed_count\":1,\"subscriptions\":["
                + subscription(31, 7, 3, "active")
                + "],\"errors\":[\"user 8 not found\"]}"));

    List<SubscriptionAssignment> assignments =
        users.bulkAssignSubscriptions(List.of(7L, 8L), 3, 30, "rm:b1");

    assertThat(assignments)
        .containsExactly(
            new SubscriptionAssignment(7, "created", ""),
            new SubscriptionAssignment(8, "failed", "user 8 not found"));
  }

  @Test
  void revoke_deletes_and_a_missing_subscription_is_already_gone() {
    host.on("DELETE", SUBSCRIPTIONS + "/31", Canned.data("{\"message\":\"revoked\"}"));
    host.on(
        "DELETE",
        SUBSCRIPTIONS + "/32",
        Canned.appError(404, "SUBSCRIPTION_NOT_FOUND", "subscription not found"));

    assertThat(users.revokeSubscription(31)).isEqualTo(DeleteOutcome.DELETED);
    assertThat(users.revokeSubscription(32)).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }

  private static String subscription(long id, long userId, long groupId, String status) {
    return "{\"id\":"
        + id
        + ",\"user_id\":"
        + userId
        + ",\"group_id\":"
        + groupId
        + ",\"starts_at\":\"2026-11-01T00:00:00Z\",\"expires_at\":\"2026-12-01T00:00:00Z\","
        + "\"status\":\""
        + status
        + "\",\"notes\":\"rm:b1\"}";
  }

  private static String page(int number, String item) {
    return "{\"items\":["
        + item
        + "],\"total\":2,\"page\":"
        + number
        + ",\"page_size\":1,\"pages\":2}";
  }
}
