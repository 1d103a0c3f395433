package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A {@link ProbeUserRepository} in a map. */
public final class InMemoryProbeUserRepository implements ProbeUserRepository {
  private final Map<HostId, ProbeUser> users = new HashMap<>();
  private final Predicate<HostId> registered;

  /** A repository that refuses probe users of hosts {@code hosts} does not hold. */
  public InMemoryProbeUserRepository(HostRepository hosts) {
    this.registered = host -> hosts.findById(host).isPresent();
  }

  /** A repository that takes every host for registered, for tests that store no hosts. */
  public InMemoryProbeUserRepository() {
    this.registered = host -> true;
  }

  @Override
  public synchronized void save(ProbeUser user) {
    if (!registered.test(user.hostId())) {
      throw new NotFoundException("host", user.hostId().value());
    }
    users.put(user.hostId(), user);
  }

  @Override
  public synchronized Optional<ProbeUser> find(HostId host) {
    return Optional.ofNullable(users.get(host));
  }

  @Override
  public synchronized void remove(HostId host) {
    users.remove(host);
  }
}
