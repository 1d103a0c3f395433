package dev.relaymanager.application.imports;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.batch.BatchHeader;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Resolves what an import acts on, from operator input or from a stored batch. */
public final class ImportTargets {
  private final HostLookup lookup;
  private final HostRepository hosts;
  private final PackRepository packs;
  private final ProviderRepository providers;
  private final HostSessions sessions;
  private final IdGenerator ids;
  private final Clock clock;

  public ImportTargets(
      HostRepository hosts,
      PackRepository packs,
      ProviderRepository providers,
      HostSessions sessions,
      IdGenerator ids,
      Clock clock) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
    this.lookup = new HostLookup(hosts);
    this.packs = Objects.requireNonNull(packs, "packs");
    this.providers = Objects.requireNonNull(providers, "providers");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The target of {@code input}; a provider not imported before gets a new, unsaved record. */
  ImportTarget resolve(ImportInput input) {
    Host host = lookup.byName(input.host().value());
    InstalledPack pack = input.pack().find(packs);
    ProviderSpec spec = spec(pack, input.provider());
    Optional<Provider> stored =
        providers.findByIdentity(host.id(), pack.ref().name(), input.provider());
    Provider provider =
        stored.orElseGet(
            () ->
                Provider.create(
                    new ProviderId(ids.newId()), host.id(), pack.ref(), spec, clock.instant()));
    return connect(host, pack, spec, provider, stored.isPresent());
  }

  /**
   * The target of a stored batch: its host (with an open admin session), its pack version and its
   * provider.
   *
   * @throws NotFoundException if the host, pack version or provider is gone
   */
  public ImportTarget resolve(BatchHeader header) {
    Host host =
        hosts
            .findById(header.hostId())
            .orElseThrow(() -> new NotFoundException("host", header.hostId().value()));
    InstalledPack pack =
        packs
            .find(header.pack())
            .orElseThrow(() -> new NotFoundException("pack", header.pack().toString()));
    Provider provider =
        providers
            .find(header.providerId())
            .orElseThrow(() -> new NotFoundException("provider", header.providerId().value()));
    return connect(host, pack, spec(pack, header.provider()), provider, true);
  }

  private ImportTarget connect(
      Host host, InstalledPack pack, ProviderSpec spec, Provider provider, boolean stored) {
    HostAdmin admin = sessions.open(host);
    return new ImportTarget(
        host, admin, admin.inspect().capabilities(), pack, spec, provider, stored);
  }

  private static ProviderSpec spec(InstalledPack pack, ProviderName name) {
    return pack.pack()
        .provider(name)
        .orElseThrow(() -> new NotFoundException("provider", pack.ref() + "/" + name));
  }
}
