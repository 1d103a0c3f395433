package dev.relaymanager.application.reconcile;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.port.ReconcileReportRepository;
import java.time.Clock;
import java.util.Objects;

/**
 * What {@link Reconcile}, {@link Repair} and {@link Prune} are built from: the recorded state, the
 * host sessions, the report store, and the ids and clock of new reports.
 */
public record ReconcileSetup(
    HostRepository hosts,
    ProviderRepository providers,
    PackRepository packs,
    ImportBatchRepository batches,
    ReconcileReportRepository reports,
    HostSessions sessions,
    IdGenerator ids,
    Clock clock) {

  public ReconcileSetup {
    Objects.requireNonNull(hosts, "hosts");
    Objects.requireNonNull(providers, "providers");
    Objects.requireNonNull(packs, "packs");
    Objects.requireNonNull(batches, "batches");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(clock, "clock");
  }

  ReconcileReading reading() {
    return new ReconcileReading(hosts, providers, packs, batches, sessions);
  }

  /** A reconcile over {@code reading}, so that a repair or prune reconciles what it just read. */
  Reconcile reconcile(ReconcileReading reading) {
    return new Reconcile(reading, reports, ids, clock);
  }
}
