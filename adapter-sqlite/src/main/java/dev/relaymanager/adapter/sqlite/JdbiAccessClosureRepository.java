package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * An {@link AccessClosureRepository} in the {@code access_closures} table of a {@link
 * SqliteDatabase}, one row per checked mode; a closure is replaced as a whole in one transaction.
 */
public final class JdbiAccessClosureRepository implements AccessClosureRepository {
  private final Jdbi jdbi;
  private final HostCodesJson json = new HostCodesJson();

  public JdbiAccessClosureRepository(SqliteDatabase database) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
  }

  @Override
  public void save(AccessClosure closure) {
    String provider = closure.providerId().value();
    List<AccessCheckRow> rows = AccessCheckRows.toRows(closure, json);
    SqliteTransactions.write(
        jdbi,
        AccessClosureDao.class,
        dao -> {
          if (!dao.providerExists(provider)) {
            throw new NotFoundException("provider", provider);
          }
          dao.deleteChecks(provider);
          dao.insertChecks(rows);
        },
        () -> "the access closure of provider " + provider + " breaks a rule of the stored state");
  }

  @Override
  public Optional<AccessClosure> find(ProviderId provider) {
    List<AccessCheckRow> rows =
        SqliteTransactions.read(
            jdbi, AccessClosureDao.class, dao -> dao.checksOf(provider.value()));
    // A closure without checks was never checked, and the port reports that as empty.
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(AccessCheckRows.toDomain(provider, rows, json));
  }
}
