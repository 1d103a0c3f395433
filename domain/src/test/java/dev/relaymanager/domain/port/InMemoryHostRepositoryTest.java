package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryHostRepositoryTest extends HostRepositoryContract {
  @Override
  protected HostRepository newRepository() {
    return new InMemoryHostRepository();
  }
}
