package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ProbeNames;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.pack.SubscriptionSettings;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Assigns a provider's subscription group to ordinary users in bulk ({@code access
 * assign-subscriptions}): every user gets an outcome; users the host does not know and users the
 * host refuses are reported as failed while the others are still assigned.
 */
public final class AssignSubscriptions {
  private final AccessSessions sessions;

  public AssignSubscriptions(AccessSessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /**
   * Who gets the subscription and for how long.
   *
   * @param validityDays the subscription's days, or empty for the pack's
   */
  public record Command(AccessTarget target, List<EmailAddress> users, OptionalInt validityDays) {
    public Command {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(validityDays, "validityDays");
      users = List.copyOf(new LinkedHashSet<>(users));
      if (users.isEmpty()) {
        throw InvalidInputException.of("users", "name at least one user email");
      }
      int max = SubscriptionSettings.MAX_VALIDITY_DAYS;
      if (validityDays.isPresent()
          && (validityDays.getAsInt() < 1 || validityDays.getAsInt() > max)) {
        throw InvalidInputException.of("validity_days", "must be between 1 and " + max);
      }
    }

    /** The days to assign: the operator's, else the pack's. */
    int days() {
      return validityDays.orElse(target.spec().group().subscription().validityDays());
    }
  }

  /**
   * Assigns the subscriptions.
   *
   * @throws InvalidInputException if the provider has no subscription group
   * @throws dev.relaymanager.domain.shared.HostRejectedException if the host refuses the whole call
   */
  public AssignmentReport execute(Command command) {
    AccessTarget target = command.target();
    long groupId = target.groupId(ImportMode.SUBSCRIPTION);
    HostUsers users = sessions.users(target.host());
    Map<Long, EmailAddress> found = new LinkedHashMap<>();
    Map<EmailAddress, UserAssignment> outcomes = new LinkedHashMap<>();
    for (EmailAddress email : command.users()) {
      Optional<LiveUser> user = users.findUserByEmail(email.value());
      user.ifPresent(u -> found.put(u.id(), email));
      String reason =
          user.isPresent()
              ? "the host returned no result for this user"
              : "no user with this email on the host";
      outcomes.put(email, new UserAssignment(email.value(), "failed", reason));
    }
    if (!found.isEmpty()) {
      List<SubscriptionAssignment> results =
          users.bulkAssignSubscriptions(
              new ArrayList<>(found.keySet()),
              groupId,
              command.days(),
              ProbeNames.subscriptionNotes(target.names()));
      for (SubscriptionAssignment result : results) {
        EmailAddress email = found.get(result.userId());
        if (email != null) {
          outcomes.put(
              email,
              new UserAssignment(email.value(), result.status(), result.failure().orElse("")));
        }
      }
    }
    return AssignmentReport.of(target, groupId, command.days(), new ArrayList<>(outcomes.values()));
  }
}
