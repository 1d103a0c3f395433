package dev.relaymanager.adapter.sqlite;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/**
 * Runs several statements of one DAO in one transaction, with failures translated by {@link
 * SqliteFailures}: writes commit or roll back together, and reads see one consistent snapshot.
 */
final class SqliteTransactions {
  private SqliteTransactions() {}

  /** Reads with a {@code daoType} DAO in one transaction. */
  static <D extends Transactional<D>, T> T read(Jdbi jdbi, Class<D> daoType, Function<D, T> work) {
    return SqliteFailures.call(
        () -> jdbi.withExtension(daoType, dao -> dao.inTransaction(work::apply)),
        () -> "reading cannot conflict");
  }

  /**
   * Writes with a {@code daoType} DAO in one transaction; a constraint failure rolls everything
   * back and becomes a conflict saying {@code conflict}, evaluated after the rollback.
   */
  static <D extends Transactional<D>> void write(
      Jdbi jdbi, Class<D> daoType, Consumer<D> work, Supplier<String> conflict) {
    SqliteFailures.run(
        () -> jdbi.useExtension(daoType, dao -> dao.useTransaction(work::accept)), conflict);
  }
}
