package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.HostRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Holds the SQLite repository, on a real file, to the shared host repository contract. */
class JdbiHostRepositoryTest extends HostRepositoryContract {
  @TempDir Path directory;

  @Override
  protected HostRepository newRepository() {
    return new JdbiHostRepository(SqliteDatabase.open(directory.resolve("state.db")));
  }
}
