package dev.relaymanager.application.imports;

import dev.relaymanager.domain.shared.RelayException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renews a running batch's lease every third of its time, for as long as the import call runs. */
final class LeaseKeeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

  private final ScheduledExecutorService timer;

  private LeaseKeeper(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static LeaseKeeper start(BatchJournal journal, LeaseOwner owner) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "import-lease");
              thread.setDaemon(true);
              return thread;
            });
    long period = owner.ttl().toMillis() / 3;
    timer.scheduleAtFixedRate(() -> renew(journal, owner), period, period, TimeUnit.MILLISECONDS);
    return new LeaseKeeper(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static void renew(BatchJournal journal, LeaseOwner owner) {
    try {
      journal.renewLease(owner);
    } catch (RelayException e) {
      // The next write checks the lease again and stops the import if it was lost.
      LOG.warn("could not renew the lease of batch {}: {}", journal.current().id(), e.getMessage());
    }
  }
}
