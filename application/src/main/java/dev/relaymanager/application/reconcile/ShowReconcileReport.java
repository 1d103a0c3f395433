package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ReconcileReportRepository;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Objects;

/** Shows one stored reconcile report with its findings. */
public final class ShowReconcileReport {
  private final ReconcileReportRepository reports;
  private final ReportViews views;

  public ShowReconcileReport(ReconcileReportRepository reports, HostRepository hosts) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.views = new ReportViews(Objects.requireNonNull(hosts, "hosts"));
  }

  /**
   * The report {@code id}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if {@code id} is malformed
   * @throws NotFoundException if no report has this id
   */
  public ReconcileReportView execute(String id) {
    return reports
        .find(new ReconcileReportId(Objects.requireNonNull(id, "id")))
        .map(views::of)
        .orElseThrow(() -> new NotFoundException("reconcile report", id));
  }
}
