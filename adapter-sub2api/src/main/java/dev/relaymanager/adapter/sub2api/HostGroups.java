package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminGroup;
import dev.relaymanager.adapter.sub2api.wire.GroupRequest;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LiveGroup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The group routes of the admin API (contract §7): find, create, update, delete. */
final class HostGroups {
  static final String GROUPS = "/api/v1/admin/groups";

  private final AdminApi api;
  private final JavaType groupType;
  private final JavaType anything;

  HostGroups(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.groupType = json.type(AdminGroup.class);
    this.anything = json.type(JsonNode.class);
  }

  /** {@code ?search=} is a substring match on the host, so exact names are filtered here. */
  List<LiveGroup> named(String name) {
    List<AdminGroup> candidates =
        HostAnswers.value(api.getAll(GROUPS + "?search=" + AdminApi.encoded(name), groupType));
    return candidates.stream()
        .filter(group -> name.equals(group.name()))
        .map(GroupWireMapper::toLive)
        .collect(Collectors.toList());
  }

  /** {@code ?search=} is a substring match on the host, so the prefix is checked here. */
  List<LiveGroup> namedLike(String namePrefix) {
    List<AdminGroup> candidates =
        HostAnswers.value(
            api.getAll(GROUPS + "?search=" + AdminApi.encoded(namePrefix), groupType));
    return candidates.stream()
        .filter(group -> group.name() != null && group.name().startsWith(namePrefix))
        .map(GroupWireMapper::toLive)
        .collect(Collectors.toList());
  }

  Optional<LiveGroup> find(long groupId) {
    return HostAnswers.<AdminGroup>found(api.get(path(groupId), groupType))
        .map(GroupWireMapper::toLive);
  }

  LiveGroup create(GroupDraft draft) {
    GroupRequest body = GroupWireMapper.toRequest(draft);
    return GroupWireMapper.toLive(HostAnswers.value(api.post(GROUPS, body, groupType)));
  }

  LiveGroup update(long groupId, GroupDraft draft) {
    GroupRequest body = GroupWireMapper.toRequest(draft);
    AdminGroup group =
        HostAnswers.existing(api.put(path(groupId), body, groupType), "group", groupId);
    return GroupWireMapper.toLive(group);
  }

  DeleteOutcome delete(long groupId) {
    return HostAnswers.deleted(api.delete(path(groupId), anything));
  }

  private static String path(long groupId) {
    return GROUPS + "/" + groupId;
  }
}
