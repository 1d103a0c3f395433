package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.AccountTestOutcome;
import java.util.Objects;

/**
 * What the provider said to the same request without the host's gateway in between, used to tell
 * the host's fault from the provider's when the gateway answers 502 (PRODUCT §4).
 */
public sealed interface UpstreamComparison {
  /** No comparison could be made: no upstream key in memory and no account to test. */
  record None() implements UpstreamComparison {}

  /** The provider called directly with one of the batch's keys and the same payload. */
  record Direct(ChatAnswer answer) implements UpstreamComparison {
    public Direct {
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** The host's account test, whose error text carries the provider's answer (contract §6). */
  record AccountTest(AccountTestOutcome outcome) implements UpstreamComparison {
    public AccountTest {
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
