package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Objects;

/** Shows one import batch in full: per-key results, its journal of host writes, timings. */
public final class ShowBatch {
  private final ImportBatchRepository batches;
  private final HostNames hostNames;

  public ShowBatch(ImportBatchRepository batches, HostRepository hosts) {
    this.batches = Objects.requireNonNull(batches, "batches");
    this.hostNames = new HostNames(Objects.requireNonNull(hosts, "hosts"));
  }

  /**
   * The report of the batch with id {@code batchId}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if it is not a batch id
   * @throws NotFoundException if there is no such batch
   */
  public ImportReport execute(String batchId) {
    BatchId id = new BatchId(ImportInput.required("batch", batchId));
    ImportBatch batch =
        batches.find(id).orElseThrow(() -> new NotFoundException("batch", id.value()));
    return ImportReport.of(batch, hostNames.of(batch.header().hostId()), "");
  }
}
