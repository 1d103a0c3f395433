package dev.relaymanager.application.imports;

import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.provider.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An imported provider as shown to operators: its identity and the host objects it manages.
 *
 * @param groups the managed group's host id per mode, e.g. {@code subscription}
 * @param channelId the managed channel's host id, or null
 * @param accounts the managed account per key, keys shown by short fingerprint
 * @param batches the batches that imported it, oldest first
 * @param access its access as last checked, per mode
 */
public record ImportedProvider(
    String id,
    String host,
    String pack,
    String provider,
    Map<String, Long> groups,
    Long channelId,
    List<ManagedAccount> accounts,
    List<String> batches,
    Instant createdAt,
    Instant updatedAt,
    ProviderAccess access) {

  public ImportedProvider {
    groups = Map.copyOf(groups);
    accounts = List.copyOf(accounts);
    batches = List.copyOf(batches);
    Objects.requireNonNull(access, "access");
  }

  /** The account holding one key. */
  public record ManagedAccount(String fingerprint, long accountId) {}

  static ImportedProvider of(Provider provider, String hostName, Optional<AccessClosure> closure) {
    Map<String, Long> groups = new TreeMap<>();
    provider.groupIds().forEach((mode, id) -> groups.put(mode.wireName(), id));
    return new ImportedProvider(
        provider.id().value(),
        hostName,
        provider.pack().toString(),
        provider.name().value(),
        groups,
        provider.channelId().isPresent() ? provider.channelId().getAsLong() : null,
        provider.accountIds().entrySet().stream()
            .map(e -> new ManagedAccount(e.getKey().shortForm(), e.getValue()))
            .sorted((a, b) -> a.fingerprint().compareTo(b.fingerprint()))
            .collect(Collectors.toList()),
        provider.batches().stream().map(b -> b.value()).collect(Collectors.toList()),
        provider.createdAt(),
        provider.updatedAt(),
        ProviderAccess.of(provider, closure));
  }
}
