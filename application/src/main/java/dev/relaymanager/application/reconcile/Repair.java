package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.reconcile.RepairPlan;
import dev.relaymanager.domain.reconcile.RepairStep;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Repairs drift ({@code reconcile --repair}): re-creates missing objects (an account only with its
 * key given again) and restores changed fields; a re-created group is recorded and the rest planned
 * again, so that the channel and accounts are bound to it. Then reconciles again and reports.
 */
public final class Repair {
  private final ReconcileReading reading;
  private final Reconcile reconcile;
  private final RecordedIds recordedIds;
  private final IdGenerator ids;
  private final Clock clock;

  public Repair(ReconcileSetup setup) {
    this.reading = setup.reading();
    this.reconcile = setup.reconcile(reading);
    this.recordedIds = new RecordedIds(setup.providers());
    this.ids = setup.ids();
    this.clock = setup.clock();
  }

  /**
   * A valid repair request: the scope and the upstream keys given again (in memory only; empty when
   * none).
   */
  public record Command(ReconcileTarget target, List<Secret> keys) {
    public Command {
      Objects.requireNonNull(target, "target");
      keys = List.copyOf(keys);
    }

    /**
     * Builds a command from {@code --provider}/{@code --host} and the keys file's text (null or
     * blank when none was given).
     *
     * @throws dev.relaymanager.domain.shared.InvalidInputException if the scope or keys are bad
     */
    public static Command parse(String provider, String host, String keysText) {
      ReconcileTarget target = ReconcileTarget.parse(provider, host);
      boolean none = keysText == null || keysText.isBlank();
      return new Command(target, none ? List.of() : KeyList.parse(keysText).keys());
    }
  }

  /**
   * Repairs and reports; a refused write is an outcome, not an exception.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the provider or host is unknown
   * @throws dev.relaymanager.domain.shared.HostUnreachableException if the host does not answer
   */
  public ReconcileActionReport execute(Command command) {
    ReconcileReading.Reading read = reading.read(command.target());
    RepairPlan plan = RepairPlan.of(read.findings(), read.recorded(), command.keys());
    String runId = ids.newId();
    List<ActionOutcome> outcomes = new ArrayList<>();
    if (plan.bindingsPending()) {
      outcomes.addAll(run(read, runId).apply(groupRecreates(plan)));
      read = reading.read(command.target());
      plan = RepairPlan.of(read.findings(), read.recorded(), command.keys());
    }
    outcomes.addAll(run(read, runId).apply(plan.writes()));
    ReconcileReportView after = reconcile.execute(command.target());
    List<String> notes = plan.needingKeys().stream().map(RepairStep::describe).toList();
    return new ReconcileActionReport("repair", outcomes, notes, after);
  }

  private RepairRun run(ReconcileReading.Reading read, String runId) {
    return new RepairRun(read.admin(), read.recorded(), recordedIds, runId, clock);
  }

  private static List<RepairStep> groupRecreates(RepairPlan plan) {
    return plan.writes().stream()
        .filter(s -> s instanceof RepairStep.Recreate && s.object().kind() == HostObjectKind.GROUP)
        .toList();
  }
}
