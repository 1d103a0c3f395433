package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.PackRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Holds the SQLite repository, on a real file, to the shared pack repository contract. */
class JdbiPackRepositoryTest extends PackRepositoryContract {
  @TempDir Path directory;

  @Override
  protected PackRepository newRepository() {
    return new JdbiPackRepository(SqliteDatabase.open(directory.resolve("state.db")));
  }
}
