package dev.relaymanager.application.access;

import java.util.List;

/**
 * The result of {@link AssignSubscriptions}: every user's outcome, failures included, and the
 * counts; {@code complete} is false when any user failed.
 */
public record AssignmentReport(
    String provider,
    long groupId,
    int validityDays,
    int created,
    int reused,
    int failed,
    boolean complete,
    List<UserAssignment> users) {
  public AssignmentReport {
    users = List.copyOf(users);
  }

  static AssignmentReport of(
      AccessTarget target, long groupId, int validityDays, List<UserAssignment> users) {
    int created = count(users, "created");
    int reused = count(users, "reused");
    int failed = users.size() - created - reused;
    return new AssignmentReport(
        target.label(), groupId, validityDays, created, reused, failed, failed == 0, users);
  }

  private static int count(List<UserAssignment> users, String status) {
    return (int) users.stream().filter(u -> u.status().equals(status)).count();
  }
}
