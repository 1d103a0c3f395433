package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryPackRepositoryTest extends PackRepositoryContract {
  @Override
  protected PackRepository newRepository() {
    return new InMemoryPackRepository();
  }
}
