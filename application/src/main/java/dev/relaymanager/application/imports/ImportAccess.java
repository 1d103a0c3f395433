package dev.relaymanager.application.imports;

import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.batch.BatchAccess;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import java.util.Optional;

/**
 * The access step of an import, run after the accounts: closes the batch's mode for ordinary users
 * and checks it. Implemented by {@code application.access.AccessAfterImport}; an import wired
 * without one records no access outcome and is judged by its keys alone.
 */
public interface ImportAccess {
  /** No access step: the batch records no access outcome. */
  ImportAccess NONE = (target, provider, mode, polling, upstreamKeys, journal) -> Optional.empty();

  /**
   * Closes and checks {@code mode} of {@code provider} (its record as the batch left it).
   *
   * @param upstreamKeys the batch's keys, working ones first, for the direct comparison with the
   *     provider; in memory only
   * @param journal the batch's journal, which records each host write of the closure (the probe
   *     user, subscription, balance and key) as created or found
   * @return the outcome (a failure of the step is an outcome, never an exception), or empty when
   *     this import has no access step
   */
  Optional<BatchAccess> closeAndCheck(
      ImportTarget target,
      Provider provider,
      ImportMode mode,
      ModelPolling polling,
      List<Secret> upstreamKeys,
      BatchJournal journal);

  /**
   * Settles the closure's writes an interrupted batch left pending (the probe user's objects), by
   * looking them up on the host; import resume calls it before anything else is written. Without an
   * access step they stay pending, and the batch cannot finish.
   */
  default void settlePending(ImportTarget target, Provider provider, BatchJournal journal) {}
}
