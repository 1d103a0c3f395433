package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * An {@link ImportBatchRepository} in the {@code import_batches}, {@code batch_intents} and {@code
 * batch_results} tables of a {@link SqliteDatabase}. Each call is one transaction; a partial unique
 * index on running batches keeps one batch at a time per provider, across processes.
 */
public final class JdbiImportBatchRepository implements ImportBatchRepository {
  private final Jdbi jdbi;
  private final FingerprintsJson json = new FingerprintsJson();

  public JdbiImportBatchRepository(SqliteDatabase database) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
  }

  @Override
  public void add(ImportBatch batch) {
    ImportBatchRow row = ImportBatchRows.toRow(batch, json);
    SqliteTransactions.write(
        jdbi,
        ImportBatchDao.class,
        dao -> {
          dao.insert(row);
          insertChildren(dao, batch);
        },
        () -> whyNotAdded(batch));
  }

  @Override
  public void save(ImportBatch batch) {
    ImportBatchRow row = ImportBatchRows.toRow(batch, json);
    SqliteTransactions.write(
        jdbi,
        ImportBatchDao.class,
        dao -> {
          if (dao.update(row) == 0) {
            throw new NotFoundException("batch", row.id());
          }
          dao.deleteIntents(row.id());
          dao.deleteResults(row.id());
          insertChildren(dao, batch);
        },
        () -> whyNotSaved(batch));
  }

  @Override
  public Optional<ImportBatch> find(BatchId id) {
    return read(dao -> dao.find(id.value()).stream().toList()).stream().findFirst();
  }

  @Override
  public List<ImportBatch> listForProvider(ProviderId provider) {
    return read(dao -> dao.listForProvider(provider.value()));
  }

  @Override
  public List<ImportBatch> list() {
    return read(ImportBatchDao::list);
  }

  private static void insertChildren(ImportBatchDao dao, ImportBatch batch) {
    dao.insertIntents(ImportBatchRows.toIntentRows(batch));
    dao.insertResults(ImportBatchRows.toResultRows(batch));
  }

  /** The batches of the rows {@code query} selects, with their intents and key results. */
  private List<ImportBatch> read(Function<ImportBatchDao, List<ImportBatchRow>> query) {
    return SqliteTransactions.read(
        jdbi,
        ImportBatchDao.class,
        dao ->
            query.apply(dao).stream()
                .map(
                    row ->
                        ImportBatchRows.toDomain(
                            row, dao.intentsOf(row.id()), dao.resultsOf(row.id()), json))
                .collect(Collectors.toList()));
  }

  /** Why {@code batch} could not be added, looked up after the rollback. */
  private String whyNotAdded(ImportBatch batch) {
    return otherRunning(batch)
        .orElseGet(
            () ->
                find(batch.id()).isPresent()
                    ? "batch " + batch.id() + " already exists"
                    : "provider "
                        + batch.header().providerId()
                        + " or host "
                        + batch.header().hostId()
                        + " of batch "
                        + batch.id()
                        + " is not stored");
  }

  /** Why {@code batch} could not be saved, looked up after the rollback. */
  private String whyNotSaved(ImportBatch batch) {
    return otherRunning(batch)
        .orElseGet(() -> "batch " + batch.id() + " breaks a rule of the stored state");
  }

  /** The refusal to run {@code batch} beside another running batch of its provider, if one runs. */
  private Optional<String> otherRunning(ImportBatch batch) {
    return SqliteTransactions.read(
            jdbi, ImportBatchDao.class, dao -> dao.runningOf(batch.header().providerId().value()))
        .filter(other -> !other.id().equals(batch.id().value()))
        .map(
            other ->
                "batch "
                    + other.id()
                    + " of provider "
                    + other.providerId()
                    + " is running (held by "
                    + other.leaseOwner()
                    + " until "
                    + other.leaseExpiresAt()
                    + "); a provider is imported by one batch at a time");
  }
}
