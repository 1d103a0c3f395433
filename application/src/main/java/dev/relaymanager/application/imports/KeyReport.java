package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.KeyResult;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.KeyFingerprint;

/**
 * What became of one key of a batch, shown by its short fingerprint. Fields the result does not
 * have are null.
 *
 * @param outcome {@code created}, {@code adopted}, {@code failed_to_create} or {@code pending}
 * @param test {@code passed}, {@code failed} or {@code not_run}
 * @param failureClass the test failure's class, e.g. {@code upstream_key_quota}
 * @param hint what the operator should do about the failure
 * @param hostMessage the host's full message about the failure
 * @param paused whether the account was made unschedulable because the key failed hard
 */
public record KeyReport(
    String fingerprint,
    Long accountId,
    String outcome,
    String test,
    String failureClass,
    String hint,
    String hostMessage,
    boolean paused,
    Long elapsedMs) {

  /** The report of {@code key} in {@code batch}. */
  static KeyReport of(ImportBatch batch, KeyFingerprint key) {
    return batch
        .keyResult(key)
        .map(result -> of(result, paused(batch, key)))
        .orElseGet(
            () ->
                new KeyReport(
                    key.shortForm(), null, "pending", "not_run", null, null, null, false, null));
  }

  private static KeyReport of(KeyResult result, boolean paused) {
    String key = result.fingerprint().shortForm();
    long elapsed = result.elapsed().toMillis();
    if (result instanceof KeyResult.NotCreated) {
      String message = ((KeyResult.NotCreated) result).hostMessage();
      return new KeyReport(
          key, null, result.outcome(), "not_run", null, null, message, false, elapsed);
    }
    if (result instanceof KeyResult.Tested) {
      KeyResult.Tested tested = (KeyResult.Tested) result;
      return tested(key, tested, paused, elapsed);
    }
    throw new AssertionError(result);
  }

  private static KeyReport tested(
      String key, KeyResult.Tested tested, boolean paused, long elapsed) {
    AccountTestOutcome test = tested.test();
    if (test instanceof AccountTestOutcome.Passed) {
      return new KeyReport(
          key,
          tested.hostAccountId(),
          tested.outcome(),
          "passed",
          null,
          null,
          null,
          paused,
          elapsed);
    }
    if (test instanceof AccountTestOutcome.Failed) {
      AccountTestOutcome.Failed failed = (AccountTestOutcome.Failed) test;
      return new KeyReport(
          key,
          tested.hostAccountId(),
          tested.outcome(),
          "failed",
          failed.failureClass().wireName(),
          failed.failureClass().hint(),
          failed.hostMessage(),
          paused,
          elapsed);
    }
    throw new AssertionError(test);
  }

  private static boolean paused(ImportBatch batch, KeyFingerprint key) {
    return batch.intents().stream()
        .filter(i -> i.kind() == IntentKind.PAUSE_ACCOUNT && i.state() == IntentState.DONE)
        .map(Intent::fingerprintHex)
        .anyMatch(key.hex()::equals);
  }
}
