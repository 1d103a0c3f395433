package dev.relaymanager.application.imports;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lists imported providers with their access status, optionally those on one host. */
public final class ListProviders {
  private final ProviderRepository providers;
  private final HostLookup hosts;
  private final HostNames hostNames;
  private final AccessClosureRepository closures;

  public ListProviders(
      ProviderRepository providers, HostRepository hosts, AccessClosureRepository closures) {
    this.providers = Objects.requireNonNull(providers, "providers");
    this.hosts = new HostLookup(hosts);
    this.hostNames = new HostNames(hosts);
    this.closures = Objects.requireNonNull(closures, "closures");
  }

  /**
   * The providers on the host called {@code hostName}, or on every host when it is null.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if there is no such host
   */
  public List<ImportedProvider> execute(String hostName) {
    List<Provider> found =
        hostName == null ? providers.list() : providers.listOnHost(hosts.byName(hostName).id());
    return found.stream()
        .map(p -> ImportedProvider.of(p, hostNames.of(p.hostId()), closures.find(p.id())))
        .collect(Collectors.toList());
  }
}
