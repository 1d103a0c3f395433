package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * A {@link ProviderRepository} in the {@code providers}, {@code provider_objects} and {@code
 * provider_batches} tables of a {@link SqliteDatabase}; a provider is saved in one transaction.
 */
public final class JdbiProviderRepository implements ProviderRepository {
  private final Jdbi jdbi;

  public JdbiProviderRepository(SqliteDatabase database) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
  }

  @Override
  public void save(Provider provider) {
    ProviderRow row = ProviderRows.toRow(provider);
    List<ProviderObjectRow> objects = ProviderRows.toObjectRows(provider);
    List<ProviderBatchRow> batches = ProviderRows.toBatchRows(provider);
    SqliteTransactions.write(
        jdbi,
        ProviderDao.class,
        dao -> {
          dao.upsert(row);
          dao.deleteObjects(row.id());
          dao.insertObjects(objects);
          dao.deleteBatches(row.id());
          dao.insertBatches(batches);
        },
        () -> whyNotSaved(provider));
  }

  @Override
  public Optional<Provider> find(ProviderId id) {
    return read(dao -> dao.find(id.value()).stream().toList()).stream().findFirst();
  }

  @Override
  public Optional<Provider> findByIdentity(HostId host, PackName pack, ProviderName provider) {
    return read(
            dao ->
                dao.findByIdentity(host.value(), pack.value(), provider.value()).stream().toList())
        .stream()
        .findFirst();
  }

  @Override
  public List<Provider> list() {
    return read(ProviderDao::list);
  }

  @Override
  public List<Provider> listOnHost(HostId host) {
    return read(dao -> dao.listOnHost(host.value()));
  }

  /** The providers of the rows {@code query} selects, with their objects and batches. */
  private List<Provider> read(Function<ProviderDao, List<ProviderRow>> query) {
    return SqliteTransactions.read(
        jdbi,
        ProviderDao.class,
        dao ->
            query.apply(dao).stream()
                .map(
                    row ->
                        ProviderRows.toDomain(
                            row, dao.objectsOf(row.id()), dao.batchesOf(row.id())))
                .collect(Collectors.toList()));
  }

  private String whyNotSaved(Provider provider) {
    Optional<Provider> holder =
        findByIdentity(provider.hostId(), provider.pack().name(), provider.name());
    if (holder.isPresent() && !holder.get().id().equals(provider.id())) {
      return "provider '"
          + provider.name()
          + "' of pack "
          + provider.pack().name()
          + " on host "
          + provider.hostId()
          + " is already stored as "
          + holder.get().id();
    }
    return "host " + provider.hostId() + " of provider " + provider.id() + " is not registered";
  }
}
