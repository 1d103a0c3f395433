package dev.relaymanager.application.imports;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.BatchId;

/**
 * Everything an import acts on, resolved: the host with an open admin session and its live
 * capabilities, the installed pack and provider spec, and the provider record.
 *
 * @param stored whether the provider record exists in the state file already
 */
public record ImportTarget(
    Host host,
    HostAdmin admin,
    HostCapabilities capabilities,
    InstalledPack pack,
    ProviderSpec spec,
    Provider provider,
    boolean stored) {

  /**
   * The desired objects for {@code mode}, marked with {@code batch}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the host lacks a capability
   */
  public Blueprint blueprint(ImportMode mode, BatchId batch) {
    return Blueprint.of(spec, pack.ref(), mode, host.prefix(), capabilities, batch);
  }
}
