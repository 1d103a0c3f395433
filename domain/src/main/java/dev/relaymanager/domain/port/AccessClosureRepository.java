package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.provider.ProviderId;
import java.util.Optional;

/** Stores each provider's access closure: the last check of each mode with its evidence. */
public interface AccessClosureRepository {
  /**
   * Inserts or replaces the closure of {@code closure.providerId()} in one transaction.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the provider is not stored
   */
  void save(AccessClosure closure);

  /** The closure of the provider, or empty when it was never checked. */
  Optional<AccessClosure> find(ProviderId provider);
}
