package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.provider.LiveAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whether the host keeps an account out of scheduling, and why (contract §5.4). */
final class AccountHealth {
  private AccountHealth() {}

  /** Why the host does not schedule {@code account}, or empty when it is healthy. */
  static Optional<String> problem(LiveAccount account) {
    List<String> problems = new ArrayList<>();
    if (account.status().equals("error")) {
      problems.add(
          "marked error by the host"
              + (account.errorMessage().isEmpty() ? "" : ": " + account.errorMessage()));
    } else if (account.status().equals("inactive")) {
      problems.add("disabled on the host (status inactive)");
    }
    if (account.rateLimited()) {
      problems.add("rate limited");
    }
    if (!account.tempUnschedulableReason().isEmpty()) {
      problems.add("paused by the host: " + account.tempUnschedulableReason());
    }
    if (!account.schedulable()) {
      problems.add("paused (not schedulable)");
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  /** What the operator can do about {@code account}'s problem. */
  static String hint(LiveAccount account) {
    if (account.status().equals("error") || !account.schedulable()) {
      return "check the key with the provider (access check); once it works, resume the account"
          + " on the host or replace the key";
    }
    if (account.rateLimited()) {
      return "transient: the host schedules it again when the upstream limit resets";
    }
    return "the host resumes it when its pause ends; check the reason if it repeats";
  }
}
