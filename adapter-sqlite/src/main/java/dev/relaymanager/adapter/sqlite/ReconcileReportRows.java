package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import dev.relaymanager.domain.reconcile.ReconcileScope;

/** Maps reconcile reports to and from {@code reconcile_reports} rows. */
final class ReconcileReportRows {
  private ReconcileReportRows() {}

  static ReconcileReportRow toRow(ReconcileReport report, FindingsJson json) {
    ReconcileScope scope = report.scope();
    return new ReconcileReportRow(
        report.id().value(),
        scope.wireName(),
        scope.host().value(),
        providerOf(scope),
        SqliteInstants.text(report.checkedAt()),
        report.result().wireName(),
        json.write(report.findings()));
  }

  static ReconcileReport toDomain(ReconcileReportRow row, FindingsJson json) {
    HostId host = new HostId(row.hostId());
    ReconcileScope scope =
        row.providerId() == null
            ? new ReconcileScope.ForHost(host)
            : new ReconcileScope.ForProvider(host, new ProviderId(row.providerId()));
    return ReconcileReport.restore(
        new ReconcileReportId(row.id()),
        scope,
        SqliteInstants.parse(row.checkedAt()),
        json.read(row.findings()));
  }

  /** The provider id column of {@code scope}: null for a host scope. */
  static String providerOf(ReconcileScope scope) {
    return scope instanceof ReconcileScope.ForProvider
        ? ((ReconcileScope.ForProvider) scope).provider().value()
        : null;
  }
}
