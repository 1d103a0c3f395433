package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.batch.KeyResult;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Duration;

/** Maps each {@link KeyResult} variant to a {@link KeyResultRow} and back. */
final class KeyResultRows {
  private static final String TESTED = "tested";
  private static final String NOT_CREATED = "not_created";

  private KeyResultRows() {}

  static KeyResultRow toRow(String batchId, int position, KeyResult result) {
    String fingerprint = result.fingerprint().hex();
    // Whole milliseconds are precise enough for an operator; the fraction is dropped.
    long elapsedMs = result.elapsed().toMillis();
    if (result instanceof KeyResult.NotCreated) {
      String message = ((KeyResult.NotCreated) result).hostMessage();
      return new KeyResultRow(
          batchId,
          position,
          fingerprint,
          NOT_CREATED,
          null,
          null,
          null,
          null,
          null,
          null,
          message,
          elapsedMs);
    }
    if (result instanceof KeyResult.Tested) {
      return tested(batchId, position, (KeyResult.Tested) result, elapsedMs);
    }
    throw new AssertionError(result);
  }

  static KeyResult toDomain(KeyResultRow row) {
    KeyFingerprint fingerprint = new KeyFingerprint(row.fingerprint());
    Duration elapsed = Duration.ofMillis(row.elapsedMs());
    switch (row.kind()) {
      case NOT_CREATED:
        return new KeyResult.NotCreated(fingerprint, row.hostMessage(), elapsed);
      case TESTED:
        return new KeyResult.Tested(
            fingerprint,
            row.accountId(),
            WireNames.parse(KeyResult.AccountOrigin.class, "result origin", row.origin()),
            test(row),
            elapsed);
      default:
        throw new IllegalStateException("unknown key result kind " + row.kind());
    }
  }

  private static KeyResultRow tested(
      String batchId, int position, KeyResult.Tested result, long elapsedMs) {
    AccountTestOutcome test = result.test();
    AccountTestOutcome.Passed passed =
        test instanceof AccountTestOutcome.Passed ? (AccountTestOutcome.Passed) test : null;
    AccountTestOutcome.Failed failed =
        test instanceof AccountTestOutcome.Failed ? (AccountTestOutcome.Failed) test : null;
    return new KeyResultRow(
        batchId,
        position,
        result.fingerprint().hex(),
        TESTED,
        result.hostAccountId(),
        WireNames.of(result.origin()),
        test.passed() ? "passed" : "failed",
        passed == null ? null : passed.testedModel(),
        failed == null ? null : WireNames.of(failed.failureClass()),
        failed == null ? null : failed.upstreamStatus(),
        failed == null ? null : failed.hostMessage(),
        elapsedMs);
  }

  private static AccountTestOutcome test(KeyResultRow row) {
    switch (row.outcome()) {
      case "passed":
        return new AccountTestOutcome.Passed(row.testedModel());
      case "failed":
        return new AccountTestOutcome.Failed(
            WireNames.parse(FailureClass.class, "failure class", row.failureClass()),
            row.upstreamStatus(),
            row.hostMessage());
      default:
        throw new IllegalStateException("unknown test outcome " + row.outcome());
    }
  }
}
