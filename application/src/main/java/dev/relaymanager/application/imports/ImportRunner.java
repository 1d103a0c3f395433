package dev.relaymanager.application.imports;

import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.RelayException;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a started (or resumed) batch to its end: settles pending writes, imports the keys,
 * finishes or fails the batch, compensates when asked to, records the provider's objects and
 * reports. Shared by {@link ApplyImport} and {@link ResumeImport}; the access step ({@link
 * ImportAccess}) follows the accounts and comes before finishing.
 */
final class ImportRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

  private final ProviderRepository providers;
  private final ImportAccess access;
  private final LeaseOwner owner;
  private final Clock clock;

  ImportRunner(ProviderRepository providers, ImportAccess access, LeaseOwner owner, Clock clock) {
    this.providers = providers;
    this.access = access;
    this.owner = owner;
    this.clock = clock;
  }

  /** How to run: the batch's work and the operator's options. */
  record Run(
      ImportTarget target,
      Blueprint blueprint,
      BatchJournal journal,
      List<Secret> keys,
      int parallelism,
      OnFailure onFailure,
      ModelPolling polling,
      ImportProgress progress) {}

  ImportReport run(Run run) {
    BatchJournal journal = run.journal();
    LeaseKeeper keeper = LeaseKeeper.start(journal, owner);
    try {
      work(run);
      if (journal.current().status() == BatchStatus.FAILED
          && run.onFailure() == OnFailure.COMPENSATE) {
        new Compensation(run.target().admin(), journal, clock).run();
      }
    } finally {
      keeper.close();
    }
    ImportBatch batch = journal.current();
    providers.save(ProviderRecords.afterBatch(run.target().provider(), batch, clock.instant()));
    LOG.info("import batch {} ended {}", batch.id(), batch.status().wireName());
    return ImportReport.of(batch, run.target().host().name().value(), "");
  }

  private void work(Run run) {
    BatchJournal journal = run.journal();
    ProgressTracker progress = new ProgressTracker(run.progress());
    progress.report(journal.current());
    try {
      new PendingIntents(run.target().admin(), run.blueprint(), journal, clock).resolve();
      access.settlePending(run.target(), providerNow(run), journal);
      if (!run.keys().isEmpty()) {
        new ImportRun(run.target(), run.blueprint(), journal, progress, clock)
            .execute(KeyList.of(run.keys()), run.parallelism());
      }
      closeAccess(run);
      journal.update(b -> b.finish(clock.instant()));
    } catch (RelayException e) {
      LOG.warn("import batch {} failed: {}", journal.current().id(), e.getMessage());
      journal.update(b -> b.fail(e.getMessage(), clock.instant()));
    }
  }

  /**
   * The access step, once the accounts are done; skipped when every key failed hard, since no
   * account could then serve ordinary users (the batch fails on its keys).
   */
  private void closeAccess(Run run) {
    ImportBatch batch = run.journal().current();
    List<Secret> working = UpstreamKeys.workingFirst(batch, run.keys());
    if (UpstreamKeys.noneWorks(batch)) {
      return;
    }
    access
        .closeAndCheck(
            run.target(),
            providerNow(run),
            batch.header().mode(),
            run.polling(),
            working,
            run.journal())
        .ifPresent(outcome -> run.journal().update(b -> b.recordAccess(outcome)));
  }

  // The provider's record with the objects the batch holds so far (the group's id for access).
  private Provider providerNow(Run run) {
    return ProviderRecords.afterBatch(
        run.target().provider(), run.journal().current(), clock.instant());
  }
}
