package dev.relaymanager.application.access;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.application.imports.ProviderLookup;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Finds the imported provider an operator names: host name, provider name, optionally the pack. */
public final class AccessTargets {
  private final HostLookup hosts;
  private final ProviderRepository providers;
  private final PackRepository packs;
  private final ProviderLookup references;

  public AccessTargets(HostRepository hosts, ProviderRepository providers, PackRepository packs) {
    this.hosts = new HostLookup(Objects.requireNonNull(hosts, "hosts"));
    this.providers = Objects.requireNonNull(providers, "providers");
    this.packs = Objects.requireNonNull(packs, "packs");
    this.references = new ProviderLookup(hosts, providers);
  }

  /**
   * The provider {@code reference} names: its id or {@code HOST/PACK/NAME}, as everywhere else.
   *
   * @throws NotFoundException if there is no such provider or its pack version is gone
   * @throws InvalidInputException if the reference is malformed
   */
  public AccessTarget resolve(String reference) {
    Provider provider = references.byReference(reference);
    return target(hosts.byId(provider.hostId()), provider);
  }

  /**
   * The provider {@code providerName} imported on {@code hostName}, from the pack {@code packName}
   * (empty: whichever pack, if only one has such a provider there).
   *
   * @throws NotFoundException if the host, the provider or its pack version is unknown
   * @throws InvalidInputException if a name is malformed or several packs have the provider
   */
  public AccessTarget resolve(String hostName, String providerName, String packName) {
    Host host = hosts.byName(hostName);
    ProviderName name = new ProviderName(providerName);
    List<Provider> matching =
        providers.listOnHost(host.id()).stream()
            .filter(p -> p.name().equals(name))
            .filter(p -> packName.isEmpty() || p.pack().name().value().equals(packName))
            .collect(Collectors.toList());
    if (matching.isEmpty()) {
      throw new NotFoundException("provider", hostName + "/" + providerName);
    }
    if (matching.size() > 1) {
      throw InvalidInputException.of(
          "pack",
          "several packs have provider '"
              + providerName
              + "' on this host: name one of "
              + matching.stream().map(p -> p.pack().name().value()).collect(Collectors.toList()));
    }
    return target(host, matching.get(0));
  }

  private AccessTarget target(Host host, Provider provider) {
    return new AccessTarget(
        host,
        provider,
        packs
            .find(provider.pack())
            .flatMap(p -> p.pack().provider(provider.name()))
            .orElseThrow(() -> new NotFoundException("pack", provider.pack().toString())));
  }
}
