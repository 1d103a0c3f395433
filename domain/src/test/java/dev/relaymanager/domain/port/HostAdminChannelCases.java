package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.port.HostDrafts.aChannel;
import static dev.relaymanager.domain.port.HostDrafts.aStandardGroup;
import static dev.relaymanager.domain.port.HostDrafts.anEditedChannel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveChannelPrice;
import dev.relaymanager.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The channel cases of the {@link HostAdminContract} (contract §8). */
public interface HostAdminChannelCases extends HostAdminSubject {
  /**
   * The channel a host holds right after {@code draft} was written: one pricing entry per draft
   * entry, the mapping under the platform, none at all when it is empty (the host's {@code {}}).
   */
  static LiveChannel expectedChannel(long id, ChannelDraft draft) {
    String platform = draft.platform().wireName();
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((from, to) -> mapping.put(from.value(), to.value()));
    List<LiveChannelPrice> pricing =
        draft.pricing().stream()
            .map(
                p ->
                    new LiveChannelPrice(
                        platform,
                        p.models().stream().map(ModelId::value).collect(Collectors.toList()),
                        "token",
                        p.usdPerToken()))
            .collect(Collectors.toList());
    return new LiveChannel(
        id,
        draft.name(),
        draft.description(),
        "active",
        draft.groupIds(),
        pricing,
        mapping.isEmpty() ? Map.of() : Map.of(platform, mapping),
        draft.billingModelSource().wireName(),
        draft.restrictModels(),
        "");
  }

  @Test
  default void channels_found_by_prefix_start_with_it_and_never_merely_contain_it() {
    long one = admin().createGroup(aStandardGroup("ct-like-g1")).id();
    long two = admin().createGroup(aStandardGroup("ct-like-g2")).id();
    long three = admin().createGroup(aStandardGroup("ct-like-g3")).id();
    LiveChannel wanted = admin().createChannel(aChannel("ct-like-chan", List.of(one)));
    admin().createChannel(aChannel("x-ct-like-chan", List.of(two)));
    admin().createChannel(aChannel("ct-other-chan", List.of(three)));

    List<LiveChannel> found = admin().findChannelsNamedLike("ct-like-");

    assertThat(found).extracting(LiveChannel::id).containsExactly(wanted.id());
    assertThat(admin().findChannelsNamedLike("ct-none-")).isEmpty();
  }

  @Test
  default void channels_found_by_prefix_are_none_on_a_host_without_channel_routes() {
    long group = admin().createGroup(aStandardGroup("ct-like-g1")).id();
    admin().createChannel(aChannel("ct-like-chan", List.of(group)));
    dropChannelRoutes();

    assertThat(admin().findChannelsNamedLike("ct-like-")).isEmpty();
  }

  /** Prices compared by value: the host stores floats, so 6E-7 and 0.00000060 are one price. */
  private static void assertSameChannel(LiveChannel actual, LiveChannel expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .ignoringFields("updatedAt")
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(expected);
  }

  private long group(String name) {
    return admin().createGroup(aStandardGroup(name)).id();
  }

  @Test
  default void a_created_channel_reads_back_as_drafted_by_id_and_by_name() {
    ChannelDraft draft = aChannel("ct-channel", List.of(group("ct-group")));

    LiveChannel created = admin().createChannel(draft);

    assertSameChannel(created, expectedChannel(created.id(), draft));
    assertSameChannel(admin().findChannel(created.id()).orElseThrow(), created);
    assertThat(admin().findChannelsNamed("ct-channel"))
        .singleElement()
        .satisfies(found -> assertSameChannel(found, created));
  }

  @Test
  default void per_token_prices_round_trip_exactly() {
    ChannelDraft draft = aChannel("ct-channel", List.of(group("ct-group")));

    LiveChannel created = admin().createChannel(draft);

    LiveChannelPrice flash = created.pricing().get(0);
    assertThat(flash.usdPerToken().values())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrderElementsOf(draft.pricing().get(0).usdPerToken().values());
    assertThat(flash.usdPerToken().keySet())
        .containsExactlyInAnyOrderElementsOf(draft.pricing().get(0).usdPerToken().keySet());
  }

  @Test
  default void channels_found_by_name_have_exactly_that_name_never_a_lookalike() {
    long wanted = admin().createChannel(aChannel("ct-channel", List.of(group("ct-g1")))).id();
    admin().createChannel(aChannel("ct-channel-extra", List.of(group("ct-g2"))));
    admin().createChannel(aChannel("x-ct-channel", List.of(group("ct-g3"))));

    List<LiveChannel> found = admin().findChannelsNamed("ct-channel");

    assertThat(found).extracting(LiveChannel::id).containsExactly(wanted);
    assertThat(admin().findChannelsNamed("ct-nothing")).isEmpty();
    assertThat(admin().findChannel(987_654)).isEmpty();
  }

  @Test
  default void an_update_replaces_groups_pricing_mapping_source_and_restriction() {
    long id = admin().createChannel(aChannel("ct-channel", List.of(group("ct-g1")))).id();
    ChannelDraft edited = anEditedChannel("ct-channel", List.of(group("ct-g2"), group("ct-g3")));

    LiveChannel updated = admin().updateChannel(id, edited);

    assertSameChannel(updated, expectedChannel(id, edited));
    assertSameChannel(admin().findChannel(id).orElseThrow(), updated);
  }

  @Test
  default void a_taken_channel_name_is_a_conflict() {
    admin().createChannel(aChannel("ct-channel", List.of(group("ct-g1"))));

    assertThatThrownBy(() -> admin().createChannel(aChannel("ct-channel", List.of(group("ct-g2")))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  default void a_group_already_in_another_channel_is_a_conflict() {
    long shared = group("ct-shared");
    long other = admin().createChannel(aChannel("ct-first", List.of(shared))).id();
    long second = admin().createChannel(aChannel("ct-second", List.of(group("ct-g2")))).id();

    assertThatThrownBy(() -> admin().createChannel(aChannel("ct-third", List.of(shared))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> admin().updateChannel(second, aChannel("ct-second", List.of(shared))))
        .isInstanceOf(ConflictException.class);
    assertThat(admin().findChannel(other).orElseThrow().groupIds()).containsExactly(shared);
  }

  @Test
  default void a_deleted_channel_is_gone_its_name_free_and_a_second_delete_already_gone() {
    long group = group("ct-group");
    long id = admin().createChannel(aChannel("ct-channel", List.of(group))).id();

    DeleteOutcome first = admin().deleteChannel(id);
    DeleteOutcome second = admin().deleteChannel(id);

    assertThat(first).isEqualTo(DeleteOutcome.DELETED);
    assertThat(second).isEqualTo(DeleteOutcome.ALREADY_GONE);
    assertThat(admin().findChannel(id)).isEmpty();
    assertThat(admin().createChannel(aChannel("ct-channel", List.of(group))).id()).isNotEqualTo(id);
  }

  @Test
  default void a_host_without_channels_finds_none_and_has_nothing_to_delete() {
    long id = admin().createChannel(aChannel("ct-channel", List.of(group("ct-group")))).id();

    dropChannelRoutes();

    assertThat(admin().findChannelsNamed("ct-channel")).isEmpty();
    assertThat(admin().findChannel(id)).isEmpty();
    assertThat(admin().deleteChannel(id)).isEqualTo(DeleteOutcome.ALREADY_GONE);
  }
}
