package dev.relaymanager.application.access;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * The provider whose access is closed or checked: its host, its record and the pack's spec of it.
 * ApplyImport builds one from its import target; operators get one from {@link AccessTargets}.
 */
public record AccessTarget(Host host, Provider provider, ProviderSpec spec) {
  public AccessTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(spec, "spec");
  }

  /** The deterministic names of the provider's objects on the host. */
  public ManagedNames names() {
    return provider.names(host.prefix());
  }

  /**
   * The provider's group of {@code mode}.
   *
   * @throws InvalidInputException if the provider was not imported in that mode
   */
  public long groupId(ImportMode mode) {
    return provider
        .groupId(mode)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "mode",
                    "provider '"
                        + provider.name()
                        + "' has no "
                        + mode.wireName()
                        + " group on host '"
                        + host.name()
                        + "': import it in that mode first"));
  }

  /** A label for output, e.g. {@code prod/cn-core/deepseek}. */
  public String label() {
    return host.name() + "/" + provider.pack().name() + "/" + provider.name();
  }
}
