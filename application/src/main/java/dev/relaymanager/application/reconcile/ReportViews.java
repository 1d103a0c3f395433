package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.reconcile.ReconcileReport;

/** Turns stored reports into views, naming each report's host (its id when the host is gone). */
final class ReportViews {
  private final HostRepository hosts;

  ReportViews(HostRepository hosts) {
    this.hosts = hosts;
  }

  ReconcileReportView of(ReconcileReport report) {
    HostId host = report.scope().host();
    String name = hosts.findById(host).map(h -> h.name().value()).orElse(host.value());
    return ReconcileReportView.of(report, name);
  }
}
