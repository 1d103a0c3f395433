package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What never changes about a batch: its id, the provider and host it imports, the pack version, the
 * mode, the keys' fingerprints and when it started.
 */
public record BatchHeader(
    BatchId id,
    ProviderId providerId,
    HostId hostId,
    PackRef pack,
    ProviderName provider,
    ImportMode mode,
    List<KeyFingerprint> keys,
    Instant startedAt) {

  public BatchHeader {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(hostId, "hostId");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(startedAt, "startedAt");
    keys = List.copyOf(new LinkedHashSet<>(keys));
    if (keys.isEmpty()) {
      throw InvalidInputException.of("keys", "a batch needs at least one key");
    }
  }
}
