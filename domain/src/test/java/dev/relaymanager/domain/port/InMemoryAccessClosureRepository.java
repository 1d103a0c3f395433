package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** An {@link AccessClosureRepository} in a map. */
public final class InMemoryAccessClosureRepository implements AccessClosureRepository {
  private final Map<ProviderId, AccessClosure> closures = new HashMap<>();
  private final Predicate<ProviderId> stored;

  /** A repository that refuses closures of providers {@code providers} does not hold. */
  public InMemoryAccessClosureRepository(ProviderRepository providers) {
    this.stored = provider -> providers.find(provider).isPresent();
  }

  /** A repository that takes every provider for stored, for tests that store no providers. */
  public InMemoryAccessClosureRepository() {
    this.stored = provider -> true;
  }

  @Override
  public synchronized void save(AccessClosure closure) {
    if (!stored.test(closure.providerId())) {
      throw new NotFoundException("provider", closure.providerId().value());
    }
    closures.put(closure.providerId(), closure);
  }

  /** Empty as well when the stored closure holds no check: it was never checked. */
  @Override
  public synchronized Optional<AccessClosure> find(ProviderId provider) {
    return Optional.ofNullable(closures.get(provider)).filter(c -> !c.lastChecks().isEmpty());
  }
}
