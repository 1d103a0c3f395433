package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.provider.ProviderId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An {@link AccessClosureRepository} in a map. */
public final class InMemoryAccessClosureRepository implements AccessClosureRepository {
  private final Map<ProviderId, AccessClosure> closures = new HashMap<>();

  @Override
  public synchronized void save(AccessClosure closure) {
    closures.put(closure.providerId(), closure);
  }

  @Override
  public synchronized Optional<AccessClosure> find(ProviderId provider) {
    return Optional.ofNullable(closures.get(provider));
  }
}
