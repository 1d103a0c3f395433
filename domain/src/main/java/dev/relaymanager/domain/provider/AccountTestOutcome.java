package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.shared.FailureClass;
import java.util.Objects;

/** What the host's account test (contract §6) said about one account. */
public sealed interface AccountTestOutcome {
  /** True when the account served the smoke model. */
  boolean passed();

  /** The stream ended with {@code test_complete} and {@code success:true}. */
  record Passed(String testedModel) implements AccountTestOutcome {
    public Passed {
      Objects.requireNonNull(testedModel, "testedModel");
    }

    @Override
    public boolean passed() {
      return true;
    }
  }

  /**
   * The test failed; {@code hostMessage} is the host's full error text, which embeds the provider's
   * answer. Upstream keys never appear in it (the host does not echo them).
   *
   * @param upstreamStatus the provider's HTTP status found in the message, or 0 when none
   */
  record Failed(FailureClass failureClass, int upstreamStatus, String hostMessage)
      implements AccountTestOutcome {
    public Failed {
      Objects.requireNonNull(failureClass, "failureClass");
      Objects.requireNonNull(hostMessage, "hostMessage");
    }

    @Override
    public boolean passed() {
      return false;
    }
  }
}
