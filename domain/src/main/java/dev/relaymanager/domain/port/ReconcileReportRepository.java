package dev.relaymanager.domain.port;

import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import java.util.List;
import java.util.Optional;

/** Stores reconcile reports with their findings; every call is one transaction. */
public interface ReconcileReportRepository {
  /**
   * Stores a new report with all its findings.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if a report with this id exists
   */
  void save(ReconcileReport report);

  /** The report with this id, or empty. */
  Optional<ReconcileReport> find(ReconcileReportId id);

  /** The reports of exactly {@code scope}, newest check first; empty when none. */
  List<ReconcileReport> listFor(ReconcileScope scope);

  /** The newest report of exactly {@code scope}, or empty when it was never reconciled. */
  Optional<ReconcileReport> latestFor(ReconcileScope scope);
}
