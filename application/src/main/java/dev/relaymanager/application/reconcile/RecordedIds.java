package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.reconcile.RecordedProvider;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Moves a provider's record from an object the host lost to the one a repair created in its place,
 * so that the next reconcile compares (and binds) the new one.
 */
final class RecordedIds {
  private final ProviderRepository providers;

  RecordedIds(ProviderRepository providers) {
    this.providers = providers;
  }

  void replace(
      List<RecordedProvider> recorded, HostObjectKind kind, long oldId, long newId, Instant now) {
    for (RecordedProvider each : recorded) {
      Provider stored = providers.find(each.provider().id()).orElse(each.provider());
      Provider updated = replaced(stored, kind, oldId, newId, now);
      if (updated != stored) {
        providers.save(updated);
        return;
      }
    }
  }

  // The provider recording {@code oldId} as {@code newId}; {@code provider} itself when it does
  // not.
  private static Provider replaced(
      Provider provider, HostObjectKind kind, long oldId, long newId, Instant now) {
    switch (kind) {
      case GROUP:
        for (Map.Entry<ImportMode, Long> group : provider.groupIds().entrySet()) {
          if (group.getValue() == oldId) {
            return provider.recordGroup(group.getKey(), newId, now);
          }
        }
        return provider;
      case CHANNEL:
        return provider.channelId().equals(OptionalLong.of(oldId))
            ? provider.recordChannel(newId, now)
            : provider;
      case ACCOUNT:
        for (Map.Entry<KeyFingerprint, Long> account : provider.accountIds().entrySet()) {
          if (account.getValue() == oldId) {
            return provider.recordAccount(account.getKey(), newId, now);
          }
        }
        return provider;
      default:
        throw new AssertionError(kind);
    }
  }
}
