package dev.relaymanager.domain.port;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An {@link ImportBatchRepository} in a map, for application tests. */
public final class InMemoryImportBatchRepository implements ImportBatchRepository {
  private final Map<BatchId, ImportBatch> byId = new LinkedHashMap<>();

  @Override
  public synchronized void add(ImportBatch batch) {
    if (byId.containsKey(batch.id())) {
      throw new ConflictException("batch " + batch.id() + " exists already");
    }
    for (ImportBatch other : byId.values()) {
      if (other.header().providerId().equals(batch.header().providerId())
          && other.status().isRunning()) {
        throw new ConflictException(
            "batch " + other.id() + " of this provider is running; one batch at a time");
      }
    }
    byId.put(batch.id(), batch);
  }

  @Override
  public synchronized void save(ImportBatch batch) {
    if (!byId.containsKey(batch.id())) {
      throw new NotFoundException("batch", batch.id().value());
    }
    byId.put(batch.id(), batch);
  }

  @Override
  public synchronized Optional<ImportBatch> find(BatchId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<ImportBatch> listForProvider(ProviderId provider) {
    return list().stream()
        .filter(b -> b.header().providerId().equals(provider))
        .collect(Collectors.toList());
  }

  @Override
  public synchronized List<ImportBatch> list() {
    // Newest first: by start, and among equal starts the one stored last.
    List<ImportBatch> all = new ArrayList<>(byId.values());
    Collections.reverse(all);
    all.sort((a, b) -> b.startedAt().compareTo(a.startedAt()));
    return all;
  }
}
