package dev.relaymanager.application.imports;

import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import java.util.Objects;

/** Shows one imported provider: identity, managed host objects, batches and access per mode. */
public final class ShowProvider {
  private final ProviderLookup lookup;
  private final HostNames hostNames;
  private final AccessClosureRepository closures;

  public ShowProvider(
      ProviderRepository providers, HostRepository hosts, AccessClosureRepository closures) {
    this.lookup = new ProviderLookup(hosts, providers);
    this.hostNames = new HostNames(Objects.requireNonNull(hosts, "hosts"));
    this.closures = Objects.requireNonNull(closures, "closures");
  }

  /**
   * The provider {@code reference} names: its id or HOST/PACK/NAME.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the reference is malformed
   * @throws dev.relaymanager.domain.shared.NotFoundException if there is no such provider
   */
  public ImportedProvider execute(String reference) {
    Provider provider = lookup.byReference(reference);
    return ImportedProvider.of(
        provider, hostNames.of(provider.hostId()), closures.find(provider.id()));
  }
}
