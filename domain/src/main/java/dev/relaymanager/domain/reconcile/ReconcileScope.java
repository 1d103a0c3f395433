package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.provider.ProviderId;
import java.util.Objects;

/** What a reconcile covered: one provider's objects, or every managed object of a host. */
public sealed interface ReconcileScope {
  HostId host();

  /** {@code provider} or {@code host}. */
  String wireName();

  /** One provider on its host. */
  record ForProvider(HostId host, ProviderId provider) implements ReconcileScope {
    public ForProvider {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(provider, "provider");
    }

    @Override
    public String wireName() {
      return "provider";
    }
  }

  /** Every provider of the host, and every object carrying our prefix and marker. */
  record ForHost(HostId host) implements ReconcileScope {
    public ForHost {
      Objects.requireNonNull(host, "host");
    }

    @Override
    public String wireName() {
      return "host";
    }
  }
}
