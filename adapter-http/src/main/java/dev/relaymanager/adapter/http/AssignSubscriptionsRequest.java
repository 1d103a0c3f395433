package dev.relaymanager.adapter.http;

import dev.relaymanager.application.access.AccessTarget;
import dev.relaymanager.application.access.AssignSubscriptions;
import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The body of {@code POST /api/providers/{id}/assign-subscriptions}: the {@code users}' emails
 * (element N is reported as {@code users:N}) and optionally {@code validity_days} (default: the
 * pack's).
 */
public record AssignSubscriptionsRequest(List<String> users, Integer validityDays) {

  /** The assignment of {@code target}'s subscription; reports every problem at once. */
  AssignSubscriptions.Command toCommand(AccessTarget target) {
    Violations violations = new Violations();
    List<EmailAddress> emails = emails(violations);
    OptionalInt days = validityDays == null ? OptionalInt.empty() : OptionalInt.of(validityDays);
    violations.check(() -> new AssignSubscriptions.Command(target, emails, days));
    violations.throwIfAny();
    return new AssignSubscriptions.Command(target, emails, days);
  }

  private List<EmailAddress> emails(Violations violations) {
    List<EmailAddress> emails = new ArrayList<>();
    for (int i = 0; users != null && i < users.size(); i++) {
      String user = users.get(i);
      try {
        emails.add(new EmailAddress(user == null ? "" : user));
      } catch (InvalidInputException e) {
        violations.add("users:" + (i + 1), e.violations().get(0).message());
      }
    }
    return emails;
  }
}
