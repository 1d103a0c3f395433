package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryImportBatchRepositoryTest extends ImportBatchRepositoryContract {
  @Override
  protected ImportBatchRepository newRepository() {
    return new InMemoryImportBatchRepository();
  }
}
