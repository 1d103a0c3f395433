package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.MutableClock;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostGroupsTest {
  private static final String GROUPS = "/api/v1/admin/groups";

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostAdmin admin =
      TestSessions.hostAdmin(host.baseUrl(), MutableClock.at("2026-11-01T00:00:00Z"));

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void find_by_name_searches_the_host_and_keeps_exact_names_only() {
    host.on(
        "GET",
        GROUPS,
        Canned.page(
            "{\"id\":1,\"name\":\"rm-openai\"}",
            "{\"id\":2,\"name\":\"rm-openai-old\"}",
            "{\"id\":3,\"name\":\"RM-OPENAI\"}"));

    List<LiveGroup> groups = admin.findGroupsNamed("rm-openai");

    assertThat(groups).extracting(LiveGroup::id).containsExactly(1L);
    assertThat(host.requests().get(0).query())
        .contains("search=rm-openai")
        .contains("page_size=1000");
  }

  @Test
  void find_by_prefix_walks_every_page_and_keeps_names_starting_with_it() {
    host.onSequence(
        "GET",
        GROUPS,
        Canned.data(
            "{\"items\":[{\"id\":1,\"name\":\"rm-a-sub\"},{\"id\":2,\"name\":\"x-rm-a\"}]"
                + ",\"total\":3,\"page\":1,\"page_size\":2,\"pages\":2}"),
        Canned.data(
            "{\"items\":[{\"id\":3,\"name\":\"rm-b-self\"}]"
                + ",\"total\":3,\"page\":2,\"page_size\":2,\"pages\":2}"));

    List<LiveGroup> groups = admin.findGroupsNamedLike("rm-");

    assertThat(groups).extracting(LiveGroup::id).containsExactly(1L, 3L);
    assertThat(host.requests()).hasSize(2);
    assertThat(host.requests().get(0).query()).contains("search=rm-");
  }

  @Test
  void find_by_id_of_a_group_the_host_lacks_is_empty() {
    host.on("GET", GROUPS + "/9", Canned.appError(404, "GROUP_NOT_FOUND", "group not found"));

    Optional<LiveGroup> group = admin.findGroup(9);

    assertThat(group).isEmpty();
  }

  @Test
  void create_posts_the_draft_and_reads_the_created_group() {
    host.on("POST", GROUPS, ContractFixtures.answer(200, "group.json"));

    LiveGroup group = admin.createGroup(HostObjects.aSubscriptionGroup());

    assertThat(group.id()).isEqualTo(12);
    assertThat(host.requests().get(0).body())
        .contains("\"platform\":\"openai\"", "\"is_exclusive\":true")
        .contains("\"daily_limit_usd\":-1", "\"monthly_limit_usd\":50");
  }

  @Test
  void create_with_a_taken_name_is_a_conflict_naming_the_host_code() {
    host.on("POST", GROUPS, ContractFixtures.answer(409, "error-group-exists.json"));

    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class, () -> admin.createGroup(HostObjects.aSubscriptionGroup()));

    assertThat(conflict.getMessage()).isEqualTo("GROUP_EXISTS: group name already exists");
  }

  @Test
  void update_puts_every_field_with_all_three_limits() {
    host.on("PUT", GROUPS + "/12", ContractFixtures.answer(200, "group.json"));

    admin.updateGroup(12, HostObjects.aSubscriptionGroup());

    assertThat(host.requests().get(0).body())
        .contains("\"daily_limit_usd\":-1", "\"weekly_limit_usd\":-1", "\"monthly_limit_usd\":50")
        .contains("\"rate_multiplier\":1", "\"subscription_type\":\"subscription\"");
  }

  @Test
  void update_of_a_group_the_host_lacks_is_not_found() {
    host.on("PUT", GROUPS + "/9", Canned.appError(404, "GROUP_NOT_FOUND", "group not found"));

    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class, () -> admin.updateGroup(9, HostObjects.aSubscriptionGroup()));

    assertThat(missing.kind()).isEqualTo("group");
    assertThat(missing.identifier()).isEqualTo("9");
  }

  @Test
  void delete_answers_deleted_then_already_gone() {
    host.onSequence(
        "DELETE",
        GROUPS + "/12",
        Canned.data("{\"message\":\"Group deleted successfully\"}"),
        Canned.appError(404, "GROUP_NOT_FOUND", "group not found"));

    DeleteOutcome first = admin.deleteGroup(12);
    DeleteOutcome second = admin.deleteGroup(12);

    assertThat(first).isEqualTo(DeleteOutcome.DELETED);
    assertThat(second).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }

  @Test
  void other_refusals_carry_the_status_host_code_and_message() {
    host.on("POST", GROUPS, ContractFixtures.answer(500, "error-internal.json"));

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class, () -> admin.createGroup(HostObjects.aSubscriptionGroup()));

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.REJECTED);
    assertThat(rejected.httpStatus()).isEqualTo(500);
    assertThat(rejected.getMessage()).contains("POST " + GROUPS, "internal error");
  }
}
