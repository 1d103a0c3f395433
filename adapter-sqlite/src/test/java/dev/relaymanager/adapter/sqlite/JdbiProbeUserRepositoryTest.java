package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.port.ProbeUserRepositoryContract;
import dev.relaymanager.domain.provider.ProviderFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

/** Holds the SQLite repository, on a real file, to the shared probe user repository contract. */
class JdbiProbeUserRepositoryTest extends ProbeUserRepositoryContract {
  @TempDir Path directory;

  @Override
  protected ProbeUserRepository newRepository() {
    return new JdbiProbeUserRepository(
        StoredParents.withHosts(directory.resolve("state.db")),
        Clock.fixed(ProviderFixtures.NOW, ZoneOffset.UTC));
  }
}
