package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.port.ProviderRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Holds the SQLite repository, on a real file, to the shared provider repository contract. */
class JdbiProviderRepositoryTest extends ProviderRepositoryContract {
  @TempDir Path directory;

  @Override
  protected ProviderRepository newRepository() {
    return new JdbiProviderRepository(StoredParents.withHosts(directory.resolve("state.db")));
  }
}
