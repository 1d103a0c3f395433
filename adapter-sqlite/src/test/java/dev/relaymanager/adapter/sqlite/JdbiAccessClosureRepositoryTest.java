package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.port.AccessClosureRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the SQLite repository, on a real file, to the shared access closure repository contract.
 */
class JdbiAccessClosureRepositoryTest extends AccessClosureRepositoryContract {
  @TempDir Path directory;

  @Override
  protected AccessClosureRepository newRepository() {
    return new JdbiAccessClosureRepository(
        StoredParents.withHostsAndProviders(directory.resolve("state.db")));
  }
}
