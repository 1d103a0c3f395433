package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.StorageFixtures;
import java.nio.file.Path;

/** Opens a state file that already holds the hosts and providers the contracts' rows refer to. */
final class StoredParents {
  private StoredParents() {}

  /** {@code file} opened with {@link StorageFixtures#hosts()} registered. */
  static SqliteDatabase withHosts(Path file) {
    SqliteDatabase database = SqliteDatabase.open(file);
    JdbiHostRepository hosts = new JdbiHostRepository(database);
    StorageFixtures.hosts().forEach(hosts::add);
    return database;
  }

  /** {@code file} opened with the hosts and {@link StorageFixtures#providers()} stored. */
  static SqliteDatabase withHostsAndProviders(Path file) {
    SqliteDatabase database = withHosts(file);
    JdbiProviderRepository providers = new JdbiProviderRepository(database);
    StorageFixtures.providers().forEach(providers::save);
    return database;
  }
}
