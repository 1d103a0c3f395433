package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminChannel;
import dev.relaymanager.adapter.sub2api.wire.ChannelRequest;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The channel routes of the admin API (contract §8), which only newer hosts have: on a host without
 * them, finds answer "none".
 */
final class HostChannels {
  static final String CHANNELS = "/api/v1/admin/channels";

  private final AdminApi api;
  private final JavaType channelType;
  private final JavaType anything;
  private final Map<Long, String> lastUpdatedAt = new ConcurrentHashMap<>();

  HostChannels(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.channelType = json.type(AdminChannel.class);
    this.anything = json.type(JsonNode.class);
  }

  List<LiveChannel> named(String name) {
    HostOutcome<List<AdminChannel>> outcome =
        api.getAll(CHANNELS + "?search=" + AdminApi.encoded(name), channelType);
    if (routeMissing(outcome)) {
      return List.of();
    }
    return HostAnswers.value(outcome).stream()
        .filter(channel -> name.equals(channel.name()))
        .map(this::seen)
        .collect(Collectors.toList());
  }

  /** {@code ?search=} is a substring match on the host, so the prefix is checked here. */
  List<LiveChannel> namedLike(String namePrefix) {
    HostOutcome<List<AdminChannel>> outcome =
        api.getAll(CHANNELS + "?search=" + AdminApi.encoded(namePrefix), channelType);
    if (routeMissing(outcome)) {
      return List.of();
    }
    return HostAnswers.value(outcome).stream()
        .filter(channel -> channel.name() != null && channel.name().startsWith(namePrefix))
        .map(this::seen)
        .collect(Collectors.toList());
  }

  Optional<LiveChannel> find(long channelId) {
    HostOutcome<AdminChannel> outcome = api.get(path(channelId), channelType);
    if (routeMissing(outcome)) {
      return Optional.empty();
    }
    return HostAnswers.<AdminChannel>found(outcome).map(this::seen);
  }

  LiveChannel create(ChannelDraft draft) {
    ChannelRequest body = ChannelWireMapper.toRequest(draft, null);
    return seen(HostAnswers.value(api.post(CHANNELS, body, channelType)));
  }

  /**
   * Echoes the {@code updated_at} of this session's last read of the channel (read now if there was
   * none) as {@code expected_updated_at}: one client version sends it, upstream ignores it
   * (findings §4), and a fork that checks it answers 409 when someone else wrote in between.
   */
  LiveChannel update(long channelId, ChannelDraft draft) {
    String lastSeen = lastUpdatedAt.get(channelId);
    if (lastSeen == null) {
      lastSeen = existing(find(channelId), channelId).updatedAt();
    }
    ChannelRequest body = ChannelWireMapper.toRequest(draft, lastSeen);
    return seen(
        HostAnswers.existing(api.put(path(channelId), body, channelType), "channel", channelId));
  }

  /** On a host without channels there is nothing to delete: {@code ALREADY_GONE}, as finds say. */
  DeleteOutcome delete(long channelId) {
    lastUpdatedAt.remove(channelId);
    HostOutcome<JsonNode> outcome = api.delete(path(channelId), anything);
    if (routeMissing(outcome)) {
      return DeleteOutcome.ALREADY_GONE;
    }
    return HostAnswers.deleted(outcome);
  }

  private LiveChannel seen(AdminChannel channel) {
    LiveChannel live = ChannelWireMapper.toLive(channel);
    lastUpdatedAt.put(live.id(), live.updatedAt());
    return live;
  }

  private static LiveChannel existing(Optional<LiveChannel> channel, long channelId) {
    return channel.orElseThrow(() -> new NotFoundException("channel", Long.toString(channelId)));
  }

  private static boolean routeMissing(HostOutcome<?> outcome) {
    return outcome.failure().map(HostError::routeMissing).orElse(false);
  }

  private static String path(long channelId) {
    return CHANNELS + "/" + channelId;
  }
}
