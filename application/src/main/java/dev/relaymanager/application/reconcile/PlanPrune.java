package dev.relaymanager.application.reconcile;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.reconcile.PrunePlan;
import java.util.List;

/** Shows what {@link Prune} would delete, writing nothing. */
public final class PlanPrune {
  private final ReconcileReading reading;

  public PlanPrune(
      HostRepository hosts,
      ProviderRepository providers,
      PackRepository packs,
      ImportBatchRepository batches,
      HostSessions sessions) {
    this.reading = new ReconcileReading(hosts, providers, packs, batches, sessions);
  }

  /**
   * The plan against the host as it is now.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the provider or host is unknown
   */
  public ReconcileActionPlan execute(ReconcileTarget target) {
    PrunePlan plan = PrunePlan.of(reading.read(target).findings());
    return new ReconcileActionPlan("prune", plan.describe(), List.of());
  }
}
