package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.ReconcileReportRepository;
import dev.relaymanager.domain.port.ReconcileReportRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Holds the SQLite repository, on a real file, to the shared reconcile report contract. */
class JdbiReconcileReportRepositoryTest extends ReconcileReportRepositoryContract {
  @TempDir Path directory;

  @Override
  protected ReconcileReportRepository newRepository() {
    return new JdbiReconcileReportRepository(SqliteDatabase.open(directory.resolve("state.db")));
  }
}
