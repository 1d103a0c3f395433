package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessEvidence;
import dev.relaymanager.domain.access.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * The verdict of one mode for output: status, failure class and hint (empty when ready), the host's
 * code, the detail and the evidence. Gateway statuses are -1 when the call was not made and 0 when
 * it got no answer.
 */
public record ModeReport(
    String mode,
    String status,
    boolean ready,
    String failureClass,
    String hint,
    String hostCode,
    String detail,
    Instant checkedAt,
    int modelsStatus,
    boolean smokeModelListed,
    int modelPolls,
    int chatStatus,
    String finishReason,
    int usageStatus,
    List<String> hostCodes,
    long latencyMillis) {
  public ModeReport {
    hostCodes = List.copyOf(hostCodes);
  }

  /** The report of {@code check}. */
  static ModeReport of(AccessCheck check) {
    Verdict verdict = check.verdict();
    if (verdict instanceof Verdict.Failed) {
      Verdict.Failed failed = (Verdict.Failed) verdict;
      return of(
          check,
          failed.failureClass().wireName(),
          failed.hint(),
          failed.hostCode(),
          failed.detail());
    }
    return of(check, "", "", "", "");
  }

  private static ModeReport of(
      AccessCheck check, String failureClass, String hint, String hostCode, String detail) {
    AccessEvidence e = check.evidence();
    return new ModeReport(
        check.mode().wireName(),
        check.status().wireName(),
        check.isReady(),
        failureClass,
        hint,
        hostCode,
        detail,
        check.checkedAt(),
        e.modelsStatus(),
        e.smokeModelListed(),
        e.modelPolls(),
        e.chatStatus(),
        e.finishReason(),
        e.usageStatus(),
        e.hostCodes(),
        e.latency().toMillis());
  }
}
