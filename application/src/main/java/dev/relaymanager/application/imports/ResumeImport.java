package dev.relaymanager.application.imports;

import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.batch.BatchAdmission;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Takes up an interrupted or failed batch: takes over its lease once its owner is gone, settles the
 * writes it left pending by looking at the host, imports the keys still without a result and
 * finishes it. A batch that has finished is reported as it is, without any write.
 */
public final class ResumeImport {
  private final ImportTargets targets;
  private final ImportBatchRepository batches;
  private final HostNames hostNames;
  private final LeaseOwner owner;
  private final Clock clock;
  private final ImportRunner runner;

  /** A resume without an access step (its batches are judged by their keys alone). */
  public ResumeImport(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      HostRepository hosts,
      LeaseOwner owner,
      Clock clock) {
    this(targets, batches, providers, hosts, owner, clock, ImportAccess.NONE);
  }

  /** A resume that runs {@code access} for the batch's mode after the accounts. */
  public ResumeImport(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      HostRepository hosts,
      LeaseOwner owner,
      Clock clock,
      ImportAccess access) {
    Objects.requireNonNull(access, "access");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.batches = Objects.requireNonNull(batches, "batches");
    this.hostNames = new HostNames(Objects.requireNonNull(hosts, "hosts"));
    this.owner = Objects.requireNonNull(owner, "owner");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.runner =
        new ImportRunner(Objects.requireNonNull(providers, "providers"), access, owner, clock);
  }

  /**
   * A valid resume request.
   *
   * @param keys the batch's keys still to import (in memory only); empty when none is needed
   * @param polling how long the access step waits for the smoke model to be listed
   */
  public record Command(
      BatchId batch,
      List<Secret> keys,
      int parallelism,
      OnFailure onFailure,
      ModelPolling polling) {
    public Command {
      Objects.requireNonNull(batch, "batch");
      Objects.requireNonNull(onFailure, "onFailure");
      Objects.requireNonNull(polling, "polling");
      keys = List.copyOf(keys);
      ApplyImport.checkParallelism(parallelism);
    }

    /** A request that waits {@link ModelPolling#DEFAULT} for the smoke model. */
    public Command(BatchId batch, List<Secret> keys, int parallelism, OnFailure onFailure) {
      this(batch, keys, parallelism, onFailure, ModelPolling.DEFAULT);
    }

    /** This request waiting as {@code polling} says. */
    public Command withPolling(ModelPolling polling) {
      return new Command(batch, keys, parallelism, onFailure, polling);
    }

    /**
     * Builds a command from raw operator input, reporting every problem at once. {@code keysText}
     * (the apply's keys file) may be null when every key of the batch has a result already; null
     * options take their defaults.
     *
     * @throws InvalidInputException with all violations
     */
    public static Command parse(
        String batch, String keysText, Integer parallelism, String onFailure) {
      Violations violations = new Violations();
      BatchId[] id = new BatchId[1];
      KeyList[] keys = new KeyList[1];
      OnFailure[] policy = new OnFailure[1];
      int threads = parallelism == null ? ApplyImport.DEFAULT_PARALLELISM : parallelism;
      violations.check(() -> id[0] = new BatchId(ImportInput.required("batch", batch)));
      if (keysText != null && !keysText.isBlank()) {
        violations.check(() -> keys[0] = KeyList.parse(keysText));
      }
      violations.check(() -> policy[0] = OnFailure.parse(onFailure));
      violations.check(() -> ApplyImport.checkParallelism(threads));
      violations.throwIfAny();
      List<Secret> given = keys[0] == null ? List.of() : keys[0].keys();
      return new Command(id[0], given, threads, policy[0]);
    }
  }

  /**
   * Resumes the batch and reports it.
   *
   * @throws NotFoundException if there is no such batch (or its host, pack or provider is gone)
   * @throws InvalidInputException if keys the batch still needs are missing, or foreign keys given
   * @throws dev.relaymanager.domain.shared.ConflictException if another process holds the batch's
   *     lease, or another batch of the provider runs
   */
  public ImportReport execute(Command command, ImportProgress progress) {
    Objects.requireNonNull(progress, "progress");
    ImportBatch stored =
        batches
            .find(command.batch())
            .orElseThrow(() -> new NotFoundException("batch", command.batch().value()));
    String hostName = hostNames.of(stored.header().hostId());
    if (!stored.status().isResumable()) {
      String note =
          "batch " + stored.id() + " is " + stored.status().wireName() + "; nothing to resume";
      return ImportReport.of(stored, hostName, note);
    }
    List<Secret> keys = ResumeKeys.needed(stored, command.keys());
    ImportTarget target = targets.resolve(stored.header());
    Blueprint blueprint = target.blueprint(stored.header().mode(), stored.id());
    Instant now = clock.instant();
    BatchAdmission.checkCanStart(others(stored), now);
    ImportBatch resumed = stored.resume(owner.id(), now, owner.ttl());
    batches.save(resumed);
    BatchJournal journal = new BatchJournal(batches, resumed, owner, clock);
    return runner.run(
        new ImportRunner.Run(
            target,
            blueprint,
            journal,
            keys,
            command.parallelism(),
            command.onFailure(),
            command.polling(),
            progress));
  }

  private List<ImportBatch> others(ImportBatch batch) {
    return batches.listForProvider(batch.header().providerId()).stream()
        .filter(b -> !b.id().equals(batch.id()))
        .collect(Collectors.toList());
  }
}
