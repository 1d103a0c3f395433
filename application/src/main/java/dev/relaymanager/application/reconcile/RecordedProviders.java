package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.reconcile.RecordedProvider;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a provider's desired state: a blueprint from its pack version for every mode it has a
 * group for (or the mode of its newest batch when it has none), and its batches.
 */
final class RecordedProviders {
  private final PackRepository packs;
  private final ImportBatchRepository batches;

  RecordedProviders(PackRepository packs, ImportBatchRepository batches) {
    this.packs = packs;
    this.batches = batches;
  }

  /**
   * The recorded {@code provider} on {@code host}.
   *
   * @throws NotFoundException if its pack version is no longer installed
   */
  RecordedProvider of(Provider provider, Host host, HostCapabilities capabilities) {
    InstalledPack pack =
        packs
            .find(provider.pack())
            .orElseThrow(() -> new NotFoundException("pack", provider.pack().toString()));
    ProviderSpec spec =
        pack.pack()
            .provider(provider.name())
            .orElseThrow(
                () -> new NotFoundException("provider", pack.ref() + "/" + provider.name()));
    List<ImportBatch> imported = batches.listForProvider(provider.id());
    // The marker's batch is not compared; the newest batch names the provider's last import.
    BatchId batch = provider.lastBatch().orElse(new BatchId("reconcile"));
    List<Blueprint> blueprints =
        modes(provider, imported).stream()
            .map(m -> Blueprint.of(spec, provider.pack(), m, host.prefix(), capabilities, batch))
            .toList();
    return new RecordedProvider(provider, blueprints, imported);
  }

  private static Set<ImportMode> modes(Provider provider, List<ImportBatch> imported) {
    Set<ImportMode> modes = EnumSet.noneOf(ImportMode.class);
    modes.addAll(provider.groupIds().keySet());
    if (modes.isEmpty()) {
      modes.add(imported.isEmpty() ? ImportMode.SUBSCRIPTION : imported.get(0).header().mode());
    }
    return modes;
  }
}
