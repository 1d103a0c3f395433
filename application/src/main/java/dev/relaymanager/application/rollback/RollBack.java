package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.application.imports.ProviderLookup;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.rollback.Force;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls back a batch, or every batch of a provider newest first (PRODUCT §4): deletes exactly what
 * each batch created, in reverse dependency order, each delete journaled so that an interrupted
 * rollback resumes when run again; a batch rolled back already is left as it is.
 */
public final class RollBack {
  private static final Logger LOG = LoggerFactory.getLogger(RollBack.class);

  private final RollbackBatches batches;
  private final BatchRollback rollback;

  /** Without the users API: refuses batches that hold the probe user's objects. */
  public RollBack(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      HostRepository hosts,
      Clock clock) {
    this(targets, batches, providers, hosts, clock, UserSideObjects.NONE);
  }

  public RollBack(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      HostRepository hosts,
      Clock clock,
      UserSideObjects userSide) {
    Objects.requireNonNull(batches, "batches");
    Objects.requireNonNull(clock, "clock");
    this.batches =
        new RollbackBatches(
            batches, new ProviderLookup(Objects.requireNonNull(hosts, "hosts"), providers));
    this.rollback =
        new BatchRollback(
            new RollbackPlanning(Objects.requireNonNull(targets, "targets"), this.batches),
            batches,
            Objects.requireNonNull(providers, "providers"),
            Objects.requireNonNull(userSide, "userSide"),
            clock);
  }

  /** A valid rollback request: what to roll back, and whether to override the keeps. */
  public record Command(RollbackTarget target, Force force) {
    public Command {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(force, "force");
    }
  }

  /**
   * Rolls back and reports each batch; a rollback that could not delete everything is a report with
   * status {@code rollback_failed}, not an exception.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the batch or provider is unknown
   * @throws dev.relaymanager.domain.shared.ConflictException if a batch is still running
   * @throws dev.relaymanager.domain.shared.HostUnreachableException if the host stopped answering
   *     (the rollback resumes when run again)
   */
  public RollbackReport execute(Command command) {
    List<ImportBatch> todo = batches.of(command.target());
    String provider = batches.providerOf(command.target()).value();
    List<RolledBackBatch> done = new ArrayList<>();
    for (ImportBatch listed : todo) {
      // Stored anew: rolling back a newer batch changes what the older ones share.
      ImportBatch batch = batches.batch(listed.id().value());
      RolledBackBatch result = rollback.run(batch, command.force());
      LOG.info("rollback of batch {} ended {}", batch.id(), result.status());
      done.add(result);
    }
    return RollbackReport.of(provider, done);
  }
}
