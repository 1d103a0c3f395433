package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryProviderRepositoryTest extends ProviderRepositoryContract {
  @Override
  protected ProviderRepository newRepository() {
    return new InMemoryProviderRepository();
  }
}
