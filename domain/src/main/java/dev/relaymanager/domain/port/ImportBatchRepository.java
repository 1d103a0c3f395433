package dev.relaymanager.domain.port;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import java.util.List;
import java.util.Optional;

/**
 * Stores import batches with their intent journal and per-key results. Every call is one
 * transaction: saving a batch writes its state, its intents and its key results together, so an
 * intent recorded before a host write is durable before the write is sent.
 */
public interface ImportBatchRepository {
  /**
   * Stores a new batch.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if the id exists, or if another batch
   *     of the same provider is {@code running} (one batch at a time per provider, enforced by the
   *     store so that two processes cannot both start one)
   */
  void add(ImportBatch batch);

  /**
   * Replaces the stored state of an existing batch (status, lease, intents, key results).
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if no batch has this id
   * @throws dev.relaymanager.domain.shared.ConflictException if the batch becomes {@code running}
   *     again (a resume) while another batch of the same provider is running
   */
  void save(ImportBatch batch);

  /** The batch with this id, or empty. */
  Optional<ImportBatch> find(BatchId id);

  /** The provider's batches, newest first; empty when none. */
  List<ImportBatch> listForProvider(ProviderId provider);

  /** Every batch, newest first; empty when none. */
  List<ImportBatch> list();
}
