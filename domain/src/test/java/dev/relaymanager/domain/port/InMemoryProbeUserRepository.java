package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link ProbeUserRepository} in a map. */
public final class InMemoryProbeUserRepository implements ProbeUserRepository {
  private final Map<HostId, ProbeUser> users = new HashMap<>();

  @Override
  public synchronized void save(ProbeUser user) {
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
