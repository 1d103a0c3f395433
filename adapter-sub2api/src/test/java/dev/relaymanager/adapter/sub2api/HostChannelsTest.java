package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.MutableClock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostChannelsTest {
  private static final String CHANNELS = "/api/v1/admin/channels";

  private final FakeHost host = FakeHost.start();
  private final Sub2apiHostAdmin admin =
      TestSessions.hostAdmin(host.baseUrl(), MutableClock.at("2026-11-01T00:00:00Z"));

  @AfterEach
  void stop_host() {
    host.close();
  }

  @Test
  void a_host_without_channel_routes_has_no_channels() {
    List<LiveChannel> named = admin.findChannelsNamed("rm-deepseek");

    assertThat(named).isEmpty();
    assertThat(admin.findChannel(7)).isEmpty();
  }

  @Test
  void find_by_name_searches_the_host_and_keeps_exact_names_only() {
    host.on(
        "GET",
        CHANNELS,
        Canned.page(
            "{\"id\":7,\"name\":\"rm-deepseek\"}", "{\"id\":8,\"name\":\"rm-deepseek-2\"}"));

    List<LiveChannel> named = admin.findChannelsNamed("rm-deepseek");

    assertThat(named).extracting(LiveChannel::id).containsExactly(7L);
    assertThat(host.requests().get(0).query()).contains("search=rm-deepseek");
  }

  @Test
  void find_by_prefix_keeps_names_starting_with_it_and_is_empty_without_channel_routes() {
    host.on(
        "GET",
        CHANNELS,
        Canned.page(
            "{\"id\":7,\"name\":\"rm-deepseek\"}", "{\"id\":8,\"name\":\"old-rm-deepseek\"}"));

    List<LiveChannel> named = admin.findChannelsNamedLike("rm-");

    assertThat(named).extracting(LiveChannel::id).containsExactly(7L);
    assertThat(host.requests().get(0).query()).contains("search=rm-");
  }

  @Test
  void find_by_prefix_on_a_host_without_channel_routes_is_empty() {
    assertThat(admin.findChannelsNamedLike("rm-")).isEmpty();
  }

  @Test
  void a_group_already_in_another_channel_is_a_conflict() {
    host.on(
        "POST",
        CHANNELS,
        Canned.appError(409, "GROUP_ALREADY_IN_CHANNEL", "group 12 already in channel 3"));

    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class, () -> admin.createChannel(HostObjects.aChannel()));

    assertThat(conflict.getMessage()).startsWith("GROUP_ALREADY_IN_CHANNEL: ");
  }

  @Test
  void update_echoes_the_updated_at_of_the_last_read() {
    host.on("GET", CHANNELS + "/7", ContractFixtures.answer(200, "channel.json"))
        .on("PUT", CHANNELS + "/7", ContractFixtures.answer(200, "channel.json"));

    admin.findChannel(7);
    admin.updateChannel(7, HostObjects.aChannel());

    assertThat(host.count("GET", CHANNELS + "/7")).isEqualTo(1);
    assertThat(host.requests().get(1).body())
        .contains("\"expected_updated_at\":\"2026-06-02T08:30:00Z\"")
        .contains("\"billing_mode\":\"token\"", "\"input_price\":0.00000027");
  }

  @Test
  void update_without_an_earlier_read_reads_the_channel_first() {
    host.on("GET", CHANNELS + "/7", ContractFixtures.answer(200, "channel.json"))
        .on("PUT", CHANNELS + "/7", ContractFixtures.answer(200, "channel.json"));

    LiveChannel updated = admin.updateChannel(7, HostObjects.aChannel());

    assertThat(updated.id()).isEqualTo(7);
    assertThat(host.count("GET", CHANNELS + "/7")).isEqualTo(1);
    assertThat(host.requests().get(1).body()).contains("\"expected_updated_at\":");
  }

  @Test
  void a_second_delete_is_already_gone() {
    host.onSequence(
        "DELETE",
        CHANNELS + "/7",
        Canned.data("{\"message\":\"Channel deleted successfully\"}"),
        Canned.appError(404, "CHANNEL_NOT_FOUND", "channel not found"));

    DeleteOutcome first = admin.deleteChannel(7);
    DeleteOutcome second = admin.deleteChannel(7);

    assertThat(first).isEqualTo(DeleteOutcome.DELETED);
    assertThat(second).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }

  @Test
  void a_delete_on_a_host_without_channel_routes_is_already_gone() {
    host.on("DELETE", CHANNELS + "/7", Canned.routeMissing());

    DeleteOutcome outcome = admin.deleteChannel(7);

    assertThat(outcome).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }
}
