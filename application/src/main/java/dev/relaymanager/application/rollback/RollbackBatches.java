package dev.relaymanager.application.rollback;

import dev.relaymanager.application.imports.ProviderLookup;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the batches a rollback target names, newest first, and the provider they belong to. */
final class RollbackBatches {
  private final ImportBatchRepository batches;
  private final ProviderLookup providers;

  RollbackBatches(ImportBatchRepository batches, ProviderLookup providers) {
    this.batches = batches;
    this.providers = providers;
  }

  /** The provider of the batches {@code target} names. */
  ProviderId providerOf(RollbackTarget target) {
    if (target.subject() == RollbackTarget.Subject.BATCH) {
      return batch(target.reference()).header().providerId();
    }
    return providers.byReference(target.reference()).id();
  }

  /**
   * The batches to roll back, newest first.
   *
   * @throws NotFoundException if the batch or provider is unknown
   * @throws ConflictException if one of them is still running (an import or resume owns it)
   */
  List<ImportBatch> of(RollbackTarget target) {
    List<ImportBatch> found =
        target.subject() == RollbackTarget.Subject.BATCH
            ? List.of(batch(target.reference()))
            : ofProvider(providerOf(target));
    for (ImportBatch batch : found) {
      if (batch.status().isRunning()) {
        throw new ConflictException(
            "batch " + batch.id() + " is running; resume it or let it finish before rolling back");
      }
    }
    return found;
  }

  /** Every batch of {@code provider} as stored now, newest first. */
  List<ImportBatch> ofProvider(ProviderId provider) {
    List<ImportBatch> all = new ArrayList<>(batches.listForProvider(provider));
    all.sort(Comparator.comparing(ImportBatch::startedAt).reversed());
    return all;
  }

  /** Every batch of every provider on {@code host}: they share the probe user. */
  List<ImportBatch> ofHost(HostId host) {
    return batches.list().stream().filter(b -> b.header().hostId().equals(host)).toList();
  }

  /** The batch {@code id} as stored now. */
  ImportBatch batch(String id) {
    BatchId batchId = new BatchId(id);
    return batches.find(batchId).orElseThrow(() -> new NotFoundException("batch", id));
  }
}
