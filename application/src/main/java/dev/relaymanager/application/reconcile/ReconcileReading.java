package dev.relaymanager.application.reconcile;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.application.imports.ProviderLookup;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.reconcile.Finding;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import dev.relaymanager.domain.reconcile.Reconciler;
import dev.relaymanager.domain.reconcile.RecordedProvider;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;

/**
 * Resolves a reconcile target to its host (with an open admin session) and recorded providers, and
 * compares them with the live host as it is now.
 */
final class ReconcileReading {
  private final HostRepository hosts;
  private final HostLookup hostLookup;
  private final ProviderLookup providerLookup;
  private final ProviderRepository providers;
  private final RecordedProviders recordedProviders;
  private final HostSessions sessions;

  ReconcileReading(
      HostRepository hosts,
      ProviderRepository providers,
      PackRepository packs,
      ImportBatchRepository batches,
      HostSessions sessions) {
    this.hosts = hosts;
    this.hostLookup = new HostLookup(hosts);
    this.providerLookup = new ProviderLookup(hosts, providers);
    this.providers = providers;
    this.recordedProviders = new RecordedProviders(packs, batches);
    this.sessions = sessions;
  }

  /** One read of the host: the scope, its recorded providers and the findings. */
  record Reading(
      Host host,
      HostAdmin admin,
      ReconcileScope scope,
      List<RecordedProvider> recorded,
      List<Finding> findings) {}

  /**
   * Reads the target's scope now.
   *
   * @throws NotFoundException if the provider or host (or a provider's pack version) is unknown
   */
  Reading read(ReconcileTarget target) {
    return target.scope() == ReconcileTarget.Scope.PROVIDER
        ? provider(providerLookup.byReference(target.reference()))
        : host(hostLookup.byName(target.reference()));
  }

  private Reading provider(Provider provider) {
    Host host =
        hosts
            .findById(provider.hostId())
            .orElseThrow(() -> new NotFoundException("host", provider.hostId().value()));
    HostAdmin admin = sessions.open(host);
    RecordedProvider recorded = recordedProviders.of(provider, host, capabilities(admin));
    LiveState live = LiveReader.ofProvider(admin, recorded);
    return new Reading(
        host,
        admin,
        new ReconcileScope.ForProvider(host.id(), provider.id()),
        List.of(recorded),
        Reconciler.provider(recorded, live));
  }

  private Reading host(Host host) {
    HostAdmin admin = sessions.open(host);
    HostCapabilities capabilities = capabilities(admin);
    List<RecordedProvider> recorded =
        providers.listOnHost(host.id()).stream()
            .map(p -> recordedProviders.of(p, host, capabilities))
            .toList();
    LiveState live = LiveReader.ofHost(admin, host.prefix(), recorded);
    return new Reading(
        host,
        admin,
        new ReconcileScope.ForHost(host.id()),
        recorded,
        Reconciler.host(recorded, host.prefix(), live));
  }

  private static HostCapabilities capabilities(HostAdmin admin) {
    return admin.inspect().capabilities();
  }
}
