package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.Map;
import java.util.Optional;

/** A group's channel as the gateway sees it: pricing, mapping and model restriction. */
final class ChannelLookup {
  private final SimState state;

  ChannelLookup(SimState state) {
    this.state = state;
  }

  /** The live channel a group belongs to, if any. */
  Optional<ChannelRow> channelOf(GroupRow group) {
    if (group == null) {
      return Optional.empty();
    }
    return state.tables.channels.stream()
        .filter(c -> !c.deleted() && c.groupIds.contains(group.id))
        .findFirst();
  }

  /** The channel that restricts the group's models: only an active one (findings §1). */
  Optional<ChannelRow> restricting(GroupRow group) {
    return channelOf(group).filter(c -> c.restrictModels && "active".equals(c.status));
  }

  /** The channel pricing entry for a model on the group's platform. */
  Optional<Map<?, ?>> pricing(GroupRow group, String model) {
    return channelOf(group)
        .flatMap(
            c ->
                c.modelPricing.stream()
                    .filter(p -> group.platform.equals(p.get("platform")))
                    .filter(p -> ModelPatterns.covers(p.get("models"), model))
                    .<Map<?, ?>>map(p -> p)
                    .findFirst());
  }

  /** The model after the channel's {@code model_mapping} for the group's platform. */
  String mapped(GroupRow group, String model) {
    Optional<ChannelRow> channel = channelOf(group);
    if (channel.isEmpty()) {
      return model;
    }
    Object perPlatform = channel.get().modelMapping.get(group.platform);
    if (perPlatform instanceof Map<?, ?> m && m.get(model) != null) {
      return String.valueOf(m.get(model));
    }
    return model;
  }
}
