package dev.relaymanager.application.imports;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Objects;
import java.util.Optional;

/** Finds an imported provider by the reference an operator typed: its id or HOST/PACK/NAME. */
public final class ProviderLookup {
  private final HostLookup hosts;
  private final ProviderRepository providers;

  public ProviderLookup(HostRepository hosts, ProviderRepository providers) {
    this.hosts = new HostLookup(Objects.requireNonNull(hosts, "hosts"));
    this.providers = Objects.requireNonNull(providers, "providers");
  }

  /**
   * The provider {@code reference} names.
   *
   * @throws InvalidInputException if {@code reference} is neither an id nor HOST/PACK/NAME
   * @throws NotFoundException if no such provider (or host) is known
   */
  public Provider byReference(String reference) {
    if (reference == null || reference.isBlank()) {
      throw InvalidInputException.of("provider", "is required: an id or HOST/PACK/NAME");
    }
    Optional<Provider> found =
        reference.contains("/") ? byIdentity(reference) : providers.find(id(reference));
    return found.orElseThrow(() -> new NotFoundException("provider", reference));
  }

  private Optional<Provider> byIdentity(String reference) {
    String[] parts = reference.split("/", -1);
    if (parts.length != 3) {
      throw InvalidInputException.of("provider", "must be an id or HOST/PACK/NAME");
    }
    Host host = hosts.byName(parts[0]);
    try {
      return providers.findByIdentity(
          host.id(), new PackName(parts[1]), new ProviderName(parts[2]));
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("provider", e.violations().get(0).message());
    }
  }

  private static ProviderId id(String reference) {
    try {
      return new ProviderId(reference);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("provider", "must be an id or HOST/PACK/NAME");
    }
  }
}
