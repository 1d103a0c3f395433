package dev.relaymanager.application.imports;

import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;

/** Account test failures as a host reports them. */
final class FailedTests {
  static final String QUOTA_MESSAGE =
      "API returned 402: {\"error\":{\"message\":\"Insufficient Balance\"}}";

  private FailedTests() {}

  static AccountTestOutcome quota() {
    return new AccountTestOutcome.Failed(FailureClass.UPSTREAM_KEY_QUOTA, 402, QUOTA_MESSAGE);
  }

  static AccountTestOutcome rateLimited() {
    return new AccountTestOutcome.Failed(
        FailureClass.RATE_LIMITED, 429, "API returned 429: rate limit reached");
  }
}
