package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import java.util.List;
import java.util.Optional;

/** Stores imported providers: the desired state of one pack provider on one host. */
public interface ProviderRepository {
  /**
   * Inserts the provider or replaces its stored state (recorded host object ids, batches, pack
   * version) in one transaction.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if another provider already has the
   *     same (host, pack name, provider name)
   */
  void save(Provider provider);

  /** The provider with this id, or empty. */
  Optional<Provider> find(ProviderId id);

  /** The provider of this pack's provider on this host (any pack version), or empty. */
  Optional<Provider> findByIdentity(HostId host, PackName pack, ProviderName provider);

  /** Every provider, ordered by host, pack and name; empty when none. */
  List<Provider> list();

  /** The providers on one host, ordered by pack and name; empty when none. */
  List<Provider> listOnHost(HostId host);
}
