package dev.relaymanager.application.reconcile;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.reconcile.RepairPlan;
import dev.relaymanager.domain.reconcile.RepairStep;

/** Shows what {@link Repair} would write, and what it cannot repair and why, writing nothing. */
public final class PlanRepair {
  private final ReconcileReading reading;

  public PlanRepair(
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
  public ReconcileActionPlan execute(Repair.Command command) {
    ReconcileReading.Reading read = reading.read(command.target());
    RepairPlan plan = RepairPlan.of(read.findings(), read.recorded(), command.keys());
    return new ReconcileActionPlan(
        "repair",
        plan.writes().stream().map(RepairStep::describe).toList(),
        plan.needingKeys().stream().map(RepairStep::describe).toList());
  }
}
