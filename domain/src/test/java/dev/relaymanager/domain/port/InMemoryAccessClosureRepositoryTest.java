package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryAccessClosureRepositoryTest extends AccessClosureRepositoryContract {
  @Override
  protected AccessClosureRepository newRepository() {
    InMemoryProviderRepository providers = new InMemoryProviderRepository();
    StorageFixtures.providers().forEach(providers::save);
    return new InMemoryAccessClosureRepository(providers);
  }
}
