package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.AdminSubscription;
import dev.relaymanager.adapter.sub2api.wire.BulkAssignResult;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a bulk assignment per user: {@code statuses} when the host sends them, else a user is
 * created when a subscription came back for them and failed otherwise (older hosts).
 */
final class BulkAssignments {
  static final String CREATED = "created";
  static final String FAILED = "failed";

  private BulkAssignments() {}

  static List<SubscriptionAssignment> read(BulkAssignResult result, List<Long> userIds) {
    Map<String, String> statuses = WireValues.map(result.statuses());
    Set<Long> served =
        WireValues.list(result.subscriptions()).stream()
            .map(AdminSubscription::userId)
            .collect(Collectors.toSet());
    List<String> errors = WireValues.list(result.errors());
    List<SubscriptionAssignment> assignments = new ArrayList<>();
    for (Long userId : userIds) {
      String status = statuses.get(Long.toString(userId));
      if (status == null || status.isBlank()) {
        status = served.contains(userId) ? CREATED : FAILED;
      }
      String error = status.equals(FAILED) ? errorFor(userId, errors) : "";
      assignments.add(new SubscriptionAssignment(userId, status, error));
    }
    return List.copyOf(assignments);
  }

  /** The error naming the user; the host's errors are texts, so the id is looked for as a word. */
  private static String errorFor(long userId, List<String> errors) {
    Pattern id = Pattern.compile("(?<![0-9])" + userId + "(?![0-9])");
    for (String error : errors) {
      if (error != null && id.matcher(error).find()) {
        return error;
      }
    }
    return errors.size() == 1 ? errors.get(0) : "the host did not say why";
  }
}
