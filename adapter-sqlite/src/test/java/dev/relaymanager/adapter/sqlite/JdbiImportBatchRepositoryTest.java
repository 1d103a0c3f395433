package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ImportBatchRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Holds the SQLite repository, on a real file, to the shared import batch repository contract. */
class JdbiImportBatchRepositoryTest extends ImportBatchRepositoryContract {
  @TempDir Path directory;

  @Override
  protected ImportBatchRepository newRepository() {
    return new JdbiImportBatchRepository(
        StoredParents.withHostsAndProviders(directory.resolve("state.db")));
  }
}
