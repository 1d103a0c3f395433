package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link ProviderRepository} in a map, for application tests. */
public final class InMemoryProviderRepository implements ProviderRepository {
  private static final Comparator<Provider> ORDER =
      Comparator.comparing((Provider p) -> p.hostId().value())
          .thenComparing(p -> p.pack().name().value())
          .thenComparing(p -> p.name().value());

  private final Map<ProviderId, Provider> byId = new LinkedHashMap<>();

  @Override
  public synchronized void save(Provider provider) {
    Optional<Provider> same =
        findByIdentity(provider.hostId(), provider.pack().name(), provider.name());
    if (same.isPresent() && !same.get().id().equals(provider.id())) {
      throw new ConflictException(
          "provider "
              + provider.hostId()
              + "/"
              + provider.pack().name()
              + "/"
              + provider.name()
              + " is stored already as "
              + same.get().id());
    }
    byId.put(provider.id(), provider);
  }

  @Override
  public synchronized Optional<Provider> find(ProviderId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Provider> findByIdentity(
      HostId host, PackName pack, ProviderName provider) {
    return byId.values().stream()
        .filter(p -> p.hostId().equals(host))
        .filter(p -> p.pack().name().equals(pack))
        .filter(p -> p.name().equals(provider))
        .findFirst();
  }

  @Override
  public synchronized List<Provider> list() {
    return byId.values().stream().sorted(ORDER).collect(Collectors.toList());
  }

  @Override
  public synchronized List<Provider> listOnHost(HostId host) {
    return list().stream().filter(p -> p.hostId().equals(host)).collect(Collectors.toList());
  }
}
