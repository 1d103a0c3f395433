package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link HostRepository} in a map, for application tests. */
public final class InMemoryHostRepository implements HostRepository {
  private final Map<HostId, Host> byId = new LinkedHashMap<>();

  @Override
  public synchronized void add(Host host) {
    if (byId.containsKey(host.id()) || findByName(host.name()).isPresent()) {
      throw new ConflictException("a host named '" + host.name() + "' is already registered");
    }
    byId.put(host.id(), host);
  }

  @Override
  public synchronized void update(Host host) {
    if (!byId.containsKey(host.id())) {
      throw new NotFoundException("host", host.id().value());
    }
    Optional<Host> sameName = findByName(host.name());
    if (sameName.isPresent() && !sameName.get().id().equals(host.id())) {
      throw new ConflictException("a host named '" + host.name() + "' is already registered");
    }
    byId.put(host.id(), host);
  }

  @Override
  public synchronized Optional<Host> findByName(HostName name) {
    return byId.values().stream().filter(h -> h.name().equals(name)).findFirst();
  }

  @Override
  public synchronized Optional<Host> findById(HostId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Host> list() {
    return byId.values().stream()
        .sorted(Comparator.comparing(h -> h.name().value()))
        .collect(Collectors.toList());
  }

  @Override
  public synchronized void remove(HostId id) {
    if (byId.remove(id) == null) {
      throw new NotFoundException("host", id.value());
    }
  }
}
