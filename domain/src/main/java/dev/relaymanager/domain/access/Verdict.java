package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.FailureClass;
import java.util.Objects;

/** The outcome of one verification: ready, or failed with one class of failure. */
public sealed interface Verdict {
  /** Whether the mode is ready. */
  boolean isReady();

  /** The models were listed and the completion succeeded. */
  record Ready() implements Verdict {
    @Override
    public boolean isReady() {
      return true;
    }
  }

  /**
   * A check failed.
   *
   * @param hostCode the host's code (e.g. {@code INSUFFICIENT_BALANCE}) or the manager's own code
   *     for what it found before asking the gateway; empty when there is none
   * @param detail what was seen, for the operator; never a key
   */
  record Failed(FailureClass failureClass, String hostCode, String detail) implements Verdict {
    public Failed {
      Objects.requireNonNull(failureClass, "failureClass");
      Objects.requireNonNull(hostCode, "hostCode");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public boolean isReady() {
      return false;
    }

    /** What the operator should do, in one line. */
    public String hint() {
      return failureClass.hint();
    }
  }
}
