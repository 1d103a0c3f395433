package dev.relaymanager.application.imports;

import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.batch.BatchAdmission;
import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.ImportPlan;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Imports a pack provider's keys onto a host as one batch (PRODUCT §4): group, channel and an
 * account per key, found or created, each write journaled; the accounts are tested with the smoke
 * model, and a key that fails hard has its account paused.
 */
public final class ApplyImport {
  /** The parallelism used unless the operator asks otherwise. */
  public static final int DEFAULT_PARALLELISM = 8;

  /** The highest parallelism accepted. */
  public static final int MAX_PARALLELISM = 64;

  private final ImportTargets targets;
  private final ImportBatchRepository batches;
  private final ProviderRepository providers;
  private final IdGenerator ids;
  private final LeaseOwner owner;
  private final Clock clock;
  private final ImportRunner runner;

  /** An import without an access step (its batches are judged by their keys alone). */
  public ApplyImport(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      IdGenerator ids,
      LeaseOwner owner,
      Clock clock) {
    this(targets, batches, providers, ids, owner, clock, ImportAccess.NONE);
  }

  /** An import that runs {@code access} for the batch's mode after the accounts. */
  public ApplyImport(
      ImportTargets targets,
      ImportBatchRepository batches,
      ProviderRepository providers,
      IdGenerator ids,
      LeaseOwner owner,
      Clock clock,
      ImportAccess access) {
    Objects.requireNonNull(access, "access");
    this.targets = Objects.requireNonNull(targets, "targets");
    this.batches = Objects.requireNonNull(batches, "batches");
    this.providers = Objects.requireNonNull(providers, "providers");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.runner = new ImportRunner(providers, access, owner, clock);
  }

  /**
   * A valid apply request: what to import, how many accounts at once, what to do on failure, and
   * how long the access step waits for the smoke model to be listed.
   */
  public record Command(
      ImportInput input, int parallelism, OnFailure onFailure, ModelPolling polling) {
    public Command {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(onFailure, "onFailure");
      Objects.requireNonNull(polling, "polling");
      checkParallelism(parallelism);
    }

    /** A request that waits {@link ModelPolling#DEFAULT} for the smoke model. */
    public Command(ImportInput input, int parallelism, OnFailure onFailure) {
      this(input, parallelism, onFailure, ModelPolling.DEFAULT);
    }

    /** This request waiting as {@code polling} says. */
    public Command withPolling(ModelPolling polling) {
      return new Command(input, parallelism, onFailure, polling);
    }

    /**
     * Builds a command from raw operator input, reporting every problem at once; a null {@code
     * parallelism} means {@link ApplyImport#DEFAULT_PARALLELISM}, a null {@code onFailure} means
     * {@code keep}.
     *
     * @throws InvalidInputException with all violations
     */
    public static Command parse(
        String host,
        String pack,
        String provider,
        String mode,
        String keysText,
        Integer parallelism,
        String onFailure) {
      Violations violations = new Violations();
      ImportInput[] input = new ImportInput[1];
      OnFailure[] policy = new OnFailure[1];
      int threads = parallelism == null ? DEFAULT_PARALLELISM : parallelism;
      violations.check(() -> input[0] = ImportInput.parse(host, pack, provider, mode, keysText));
      violations.check(() -> policy[0] = OnFailure.parse(onFailure));
      violations.check(() -> checkParallelism(threads));
      violations.throwIfAny();
      return new Command(input[0], threads, policy[0]);
    }
  }

  static void checkParallelism(int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw InvalidInputException.of("parallelism", "must be 1-" + MAX_PARALLELISM);
    }
  }

  /**
   * Runs the import and reports it; a batch that ran but failed is a report, not an exception.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the host, pack or provider is
   *     unknown
   * @throws InvalidInputException if the host lacks a capability the provider needs (before any
   *     write)
   * @throws ConflictException if a batch of the provider is running or was interrupted (naming it),
   *     or if objects that are not ours hold the group's or channel's names
   */
  public ImportReport execute(Command command, ImportProgress progress) {
    Objects.requireNonNull(progress, "progress");
    ImportInput input = command.input();
    ImportTarget target = targets.resolve(input);
    BatchId batchId = new BatchId(ids.newId());
    Blueprint blueprint = target.blueprint(input.mode(), batchId);
    Instant now = clock.instant();
    BatchAdmission.checkCanStart(batches.listForProvider(target.provider().id()), now);
    ImportPlan plan = LivePlanner.plan(target.admin(), blueprint, input.keys(), target.provider());
    if (plan.isBlocked()) {
      throw new ConflictException("cannot import: " + String.join("; ", plan.blockers()));
    }
    if (!target.stored()) {
      providers.save(target.provider());
    }
    ImportBatch batch =
        ImportBatch.start(header(target, input, batchId, now), owner.id(), now, owner.ttl());
    batches.add(batch);
    BatchJournal journal = new BatchJournal(batches, batch, owner, clock);
    return runner.run(
        new ImportRunner.Run(
            target,
            blueprint,
            journal,
            input.keys().keys(),
            command.parallelism(),
            command.onFailure(),
            command.polling(),
            progress));
  }

  private static BatchHeader header(
      ImportTarget target, ImportInput input, BatchId batchId, Instant now) {
    return new BatchHeader(
        batchId,
        target.provider().id(),
        target.host().id(),
        target.pack().ref(),
        input.provider(),
        input.mode(),
        input.keys().fingerprints(),
        now);
  }
}
