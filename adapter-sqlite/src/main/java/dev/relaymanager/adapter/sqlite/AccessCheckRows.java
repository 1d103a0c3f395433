package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.access.AccessEvidence;
import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.FailureClass;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Maps an {@link AccessClosure} to one {@link AccessCheckRow} per checked mode and back. */
final class AccessCheckRows {
  private static final String READY = "ready";
  private static final String FAILED = "failed";

  private AccessCheckRows() {}

  static List<AccessCheckRow> toRows(AccessClosure closure, HostCodesJson json) {
    return closure.lastChecks().stream()
        .map(check -> toRow(closure.providerId(), check, json))
        .collect(Collectors.toList());
  }

  static AccessClosure toDomain(
      ProviderId provider, List<AccessCheckRow> rows, HostCodesJson json) {
    return AccessClosure.restore(
        provider, rows.stream().map(row -> check(row, json)).collect(Collectors.toList()));
  }

  private static AccessCheckRow toRow(ProviderId provider, AccessCheck check, HostCodesJson json) {
    AccessEvidence evidence = check.evidence();
    Verdict.Failed failed =
        check.verdict() instanceof Verdict.Failed ? (Verdict.Failed) check.verdict() : null;
    return new AccessCheckRow(
        provider.value(),
        WireNames.of(check.mode()),
        SqliteInstants.text(check.checkedAt()),
        evidence.modelsStatus(),
        evidence.smokeModelListed(),
        evidence.modelPolls(),
        evidence.chatStatus(),
        evidence.finishReason(),
        evidence.usageStatus(),
        json.write(evidence.hostCodes()),
        evidence.latency().toNanos(),
        failed == null ? READY : FAILED,
        failed == null ? null : WireNames.of(failed.failureClass()),
        failed == null ? null : failed.hostCode(),
        failed == null ? null : failed.detail());
  }

  private static AccessCheck check(AccessCheckRow row, HostCodesJson json) {
    AccessEvidence evidence =
        new AccessEvidence(
            row.modelsStatus(),
            row.smokeModelListed(),
            row.modelPolls(),
            row.chatStatus(),
            row.finishReason(),
            row.usageStatus(),
            json.read(row.hostCodes()),
            Duration.ofNanos(row.latencyNanos()));
    return new AccessCheck(
        WireNames.parse(ImportMode.class, "mode", row.mode()),
        SqliteInstants.parse(row.checkedAt()),
        evidence,
        verdict(row));
  }

  private static Verdict verdict(AccessCheckRow row) {
    if (row.verdict().equals(READY)) {
      return new Verdict.Ready();
    }
    if (row.verdict().equals(FAILED)) {
      return new Verdict.Failed(
          WireNames.parse(FailureClass.class, "failure_class", row.failureClass()),
          row.hostCode(),
          row.detail());
    }
    throw new IllegalStateException("unknown verdict '" + row.verdict() + "'");
  }
}
