package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AdminSubscription;
import dev.relaymanager.adapter.sub2api.wire.AssignRequest;
import dev.relaymanager.adapter.sub2api.wire.BulkAssignRequest;
import dev.relaymanager.adapter.sub2api.wire.BulkAssignResult;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.provider.DeleteOutcome;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The subscription routes of the admin API (contract §9.2): find, assign, bulk-assign, revoke. */
final class HostSubscriptions {
  static final String SUBSCRIPTIONS = "/api/v1/admin/subscriptions";

  private final AdminApi api;
  private final JavaType subscriptionType;
  private final JavaType bulkType;
  private final JavaType anything;

  HostSubscriptions(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.subscriptionType = json.type(AdminSubscription.class);
    this.bulkType = json.type(BulkAssignResult.class);
    this.anything = json.type(JsonNode.class);
  }

  /** Every page; the ids are checked here too, in case a host ignores a filter. */
  List<LiveSubscription> find(long userId, long groupId) {
    String query = "?user_id=" + userId + "&group_id=" + groupId;
    List<AdminSubscription> found =
        AccessAnswers.value(api.getAll(SUBSCRIPTIONS + query, subscriptionType));
    return found.stream()
        .filter(row -> row.userId() == userId && row.groupId() == groupId)
        .map(AccessWireMapper::toLive)
        .collect(Collectors.toList());
  }

  LiveSubscription assign(long userId, long groupId, int validityDays, String notes) {
    AssignRequest body = new AssignRequest(userId, groupId, validityDays, notes);
    HostOutcome<AdminSubscription> outcome =
        api.post(SUBSCRIPTIONS + "/assign", body, subscriptionType);
    return AccessWireMapper.toLive(AccessAnswers.value(outcome));
  }

  /** A partial failure is HTTP 200 (contract §9.2): read per user, never thrown. */
  List<SubscriptionAssignment> bulkAssign(
      List<Long> userIds, long groupId, int validityDays, String notes) {
    BulkAssignRequest body =
        new BulkAssignRequest(List.copyOf(userIds), groupId, validityDays, notes);
    HostOutcome<BulkAssignResult> outcome =
        api.post(SUBSCRIPTIONS + "/bulk-assign", body, bulkType);
    BulkAssignResult result = AccessAnswers.value(outcome);
    if (result == null) {
      result = new BulkAssignResult(null, null, null, null, null);
    }
    return BulkAssignments.read(result, userIds);
  }

  DeleteOutcome revoke(long subscriptionId) {
    return HostAnswers.deleted(api.delete(SUBSCRIPTIONS + "/" + subscriptionId, anything));
  }
}
