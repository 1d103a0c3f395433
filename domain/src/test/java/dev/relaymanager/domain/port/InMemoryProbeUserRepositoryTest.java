package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryProbeUserRepositoryTest extends ProbeUserRepositoryContract {
  @Override
  protected ProbeUserRepository newRepository() {
    InMemoryHostRepository hosts = new InMemoryHostRepository();
    StorageFixtures.hosts().forEach(hosts::add);
    return new InMemoryProbeUserRepository(hosts);
  }
}
