package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored reconcile report as shown to operators.
 *
 * @param scope {@code provider} or {@code host}
 * @param providerId the provider reconciled; null for a host scope
 * @param result {@code in_sync} or {@code drifted}
 */
public record ReconcileReportView(
    String id,
    String scope,
    String host,
    String providerId,
    String result,
    Instant checkedAt,
    List<FindingView> findings) {

  public ReconcileReportView {
    findings = List.copyOf(findings);
  }

  static ReconcileReportView of(ReconcileReport report, String hostName) {
    ReconcileScope scope = report.scope();
    String provider =
        scope instanceof ReconcileScope.ForProvider
            ? ((ReconcileScope.ForProvider) scope).provider().value()
            : null;
    return new ReconcileReportView(
        report.id().value(),
        scope.wireName(),
        hostName,
        provider,
        report.result().wireName(),
        report.checkedAt(),
        report.findings().stream().map(FindingView::of).collect(Collectors.toList()));
  }
}
