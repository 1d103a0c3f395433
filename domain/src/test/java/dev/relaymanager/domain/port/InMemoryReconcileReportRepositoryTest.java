package dev.relaymanager.domain.port;

/** Holds the in-memory fake to the same contract as the real repositories. */
class InMemoryReconcileReportRepositoryTest extends ReconcileReportRepositoryContract {
  @Override
  protected ReconcileReportRepository newRepository() {
    return new InMemoryReconcileReportRepository();
  }
}
