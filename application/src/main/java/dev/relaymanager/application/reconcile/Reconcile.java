package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.ReconcileReportRepository;
import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the recorded state of a provider, or of every provider of a host, with the live host
 * (PRODUCT §4) and stores the findings as a report: {@code in_sync} or {@code drifted}.
 */
public final class Reconcile {
  private static final Logger LOG = LoggerFactory.getLogger(Reconcile.class);

  private final ReconcileReading reading;
  private final ReconcileReportRepository reports;
  private final IdGenerator ids;
  private final Clock clock;

  public Reconcile(ReconcileSetup setup) {
    this(setup.reading(), setup.reports(), setup.ids(), setup.clock());
  }

  Reconcile(
      ReconcileReading reading, ReconcileReportRepository reports, IdGenerator ids, Clock clock) {
    this.reading = reading;
    this.reports = Objects.requireNonNull(reports, "reports");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reconciles, stores and returns the report; drift is a result, not an exception.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the provider or host is unknown
   * @throws dev.relaymanager.domain.shared.HostUnreachableException if the host does not answer
   */
  public ReconcileReportView execute(ReconcileTarget target) {
    ReconcileReading.Reading read = reading.read(Objects.requireNonNull(target, "target"));
    ReconcileReport report =
        ReconcileReport.of(
            new ReconcileReportId(ids.newId()), read.scope(), clock.instant(), read.findings());
    reports.save(report);
    LOG.info(
        "reconcile {} of {} is {}", report.id(), target.reference(), report.result().wireName());
    return ReconcileReportView.of(report, read.host().name().value());
  }
}
