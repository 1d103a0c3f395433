package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/** What became of one key in a batch: its account and the account test, or why none was made. */
public sealed interface KeyResult {
  KeyFingerprint fingerprint();

  /** How long the key took, from the account lookup to the end of its test. */
  Duration elapsed();

  /** The host account holding the key, if there is one. */
  OptionalLong accountId();

  /** {@code created}, {@code adopted} or {@code failed_to_create}. */
  String outcome();

  /**
   * Whether the key failed for good: no account, or a test failure that is not transient (a 429 is
   * advisory and does not fail a key).
   */
  boolean failedHard();

  /** Whether the account was made by this batch or found on the host. */
  enum AccountOrigin {
    CREATED,
    ADOPTED
  }

  /** The key has an account, which the host's account test tried with the smoke model. */
  record Tested(
      KeyFingerprint fingerprint,
      long hostAccountId,
      AccountOrigin origin,
      AccountTestOutcome test,
      Duration elapsed)
      implements KeyResult {
    public Tested {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(test, "test");
      Objects.requireNonNull(elapsed, "elapsed");
    }

    @Override
    public OptionalLong accountId() {
      return OptionalLong.of(hostAccountId);
    }

    @Override
    public String outcome() {
      return origin == AccountOrigin.CREATED ? "created" : "adopted";
    }

    @Override
    public boolean failedHard() {
      if (test instanceof AccountTestOutcome.Passed) {
        return false;
      }
      if (test instanceof AccountTestOutcome.Failed) {
        return !((AccountTestOutcome.Failed) test).failureClass().isTransient();
      }
      throw new AssertionError(test);
    }
  }

  /** The host refused to create the key's account; {@code hostMessage} is its full answer. */
  record NotCreated(KeyFingerprint fingerprint, String hostMessage, Duration elapsed)
      implements KeyResult {
    public NotCreated {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(hostMessage, "hostMessage");
      Objects.requireNonNull(elapsed, "elapsed");
    }

    @Override
    public OptionalLong accountId() {
      return OptionalLong.empty();
    }

    @Override
    public String outcome() {
      return "failed_to_create";
    }

    @Override
    public boolean failedHard() {
      return true;
    }
  }
}
