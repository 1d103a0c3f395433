package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One provider of a pack as imported on one host, identified by (host, pack, provider name): the
 * host objects it manages (a group per mode, the channel, an account per key fingerprint) and the
 * batches that imported it.
 */
public final class Provider {
  private static final long NO_CHANNEL = 0;

  private final ProviderId id;
  private final HostId hostId;
  private final PackRef pack;
  private final ProviderName name;
  private final Map<ImportMode, Long> groupIds;
  private final long channelId;
  private final Map<KeyFingerprint, Long> accountIds;
  private final List<BatchId> batches;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Provider(
      ProviderId id,
      HostId hostId,
      PackRef pack,
      ProviderName name,
      Map<ImportMode, Long> groupIds,
      long channelId,
      Map<KeyFingerprint, Long> accountIds,
      List<BatchId> batches,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.hostId = Objects.requireNonNull(hostId, "hostId");
    this.pack = Objects.requireNonNull(pack, "pack");
    this.name = Objects.requireNonNull(name, "name");
    this.groupIds = Map.copyOf(groupIds);
    this.channelId = channelId;
    this.accountIds = Map.copyOf(accountIds);
    this.batches = List.copyOf(batches);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A provider of {@code pack} about to be imported on {@code hostId}; it manages nothing yet. */
  public static Provider create(
      ProviderId id, HostId hostId, PackRef pack, ProviderSpec spec, Instant now) {
    return new Provider(
        id, hostId, pack, spec.name(), Map.of(), NO_CHANNEL, Map.of(), List.of(), now, now);
  }

  /** Rebuilds a stored provider; for repositories only. {@code channelId} 0 means none. */
  public static Provider restore(
      ProviderId id,
      HostId hostId,
      PackRef pack,
      ProviderName name,
      Map<ImportMode, Long> groupIds,
      long channelId,
      Map<KeyFingerprint, Long> accountIds,
      List<BatchId> batches,
      Instant createdAt,
      Instant updatedAt) {
    return new Provider(
        id, hostId, pack, name, groupIds, channelId, accountIds, batches, createdAt, updatedAt);
  }

  /** This provider managing the group {@code groupId} for {@code mode}. */
  public Provider recordGroup(ImportMode mode, long groupId, Instant now) {
    Map<ImportMode, Long> groups = new EnumMap<>(ImportMode.class);
    groups.putAll(groupIds);
    groups.put(mode, positive(groupId));
    return with(groups, channelId, accountIds, batches, now);
  }

  /** This provider managing the channel {@code id}. */
  public Provider recordChannel(long id, Instant now) {
    return with(groupIds, positive(id), accountIds, batches, now);
  }

  /** This provider managing the account {@code accountId} for the key with {@code fingerprint}. */
  public Provider recordAccount(KeyFingerprint fingerprint, long accountId, Instant now) {
    Map<KeyFingerprint, Long> accounts = new LinkedHashMap<>(accountIds);
    accounts.put(fingerprint, positive(accountId));
    return with(groupIds, channelId, accounts, batches, now);
  }

  /**
   * This provider without the group {@code groupId} (deleted on the host); other kinds untouched.
   */
  public Provider forgetGroup(long groupId, Instant now) {
    Map<ImportMode, Long> groups = new EnumMap<>(ImportMode.class);
    groups.putAll(groupIds);
    groups.values().removeIf(v -> v == groupId);
    return with(groups, channelId, accountIds, batches, now);
  }

  /** This provider without the channel {@code id} (deleted on the host). */
  public Provider forgetChannel(long id, Instant now) {
    return with(groupIds, channelId == id ? NO_CHANNEL : channelId, accountIds, batches, now);
  }

  /**
   * This provider without the account {@code accountId} (deleted on the host). The host numbers
   * each kind of object on its own, so an account and a group may share an id: forgetting is by
   * kind.
   */
  public Provider forgetAccount(long accountId, Instant now) {
    Map<KeyFingerprint, Long> accounts = new LinkedHashMap<>(accountIds);
    accounts.values().removeIf(v -> v == accountId);
    return with(groupIds, channelId, accounts, batches, now);
  }

  /** This provider having been imported (again) by {@code batch}, now from {@code newPack}. */
  public Provider recordBatch(BatchId batch, PackRef newPack, Instant now) {
    List<BatchId> all = new ArrayList<>(batches);
    if (!all.contains(batch)) {
      all.add(batch);
    }
    return new Provider(
        id, hostId, newPack, name, groupIds, channelId, accountIds, all, createdAt, now);
  }

  /** Whether this is the provider {@code providerName} of {@code packRef} on {@code host}. */
  public boolean isIdentifiedBy(HostId host, PackRef packRef, ProviderName providerName) {
    return hostId.equals(host) && pack.equals(packRef) && name.equals(providerName);
  }

  /** The names of this provider's objects on a host with {@code prefix}. */
  public ManagedNames names(ResourcePrefix prefix) {
    return new ManagedNames(prefix, pack.name(), name);
  }

  public ProviderId id() {
    return id;
  }

  public HostId hostId() {
    return hostId;
  }

  public PackRef pack() {
    return pack;
  }

  public ProviderName name() {
    return name;
  }

  /** The managed group of {@code mode}, if one is recorded. */
  public OptionalLong groupId(ImportMode mode) {
    Long groupId = groupIds.get(mode);
    return groupId == null ? OptionalLong.empty() : OptionalLong.of(groupId);
  }

  public Map<ImportMode, Long> groupIds() {
    return groupIds;
  }

  /** The managed channel, if one is recorded. */
  public OptionalLong channelId() {
    return channelId == NO_CHANNEL ? OptionalLong.empty() : OptionalLong.of(channelId);
  }

  /** The managed account of the key with {@code fingerprint}, if one is recorded. */
  public OptionalLong accountId(KeyFingerprint fingerprint) {
    Long accountId = accountIds.get(fingerprint);
    return accountId == null ? OptionalLong.empty() : OptionalLong.of(accountId);
  }

  public Map<KeyFingerprint, Long> accountIds() {
    return accountIds;
  }

  /** Every batch that imported this provider, oldest first. */
  public List<BatchId> batches() {
    return batches;
  }

  /** The most recent batch, if any. */
  public Optional<BatchId> lastBatch() {
    return batches.isEmpty() ? Optional.empty() : Optional.of(batches.get(batches.size() - 1));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Provider[" + id + " " + hostId + "/" + pack + "/" + name + "]";
  }

  private Provider with(
      Map<ImportMode, Long> groups,
      long channel,
      Map<KeyFingerprint, Long> accounts,
      List<BatchId> allBatches,
      Instant now) {
    return new Provider(
        id, hostId, pack, name, groups, channel, accounts, allBatches, createdAt, now);
  }

  private static long positive(long hostObjectId) {
    if (hostObjectId <= 0) {
      throw InvalidInputException.of("host_object_id", "must be > 0");
    }
    return hostObjectId;
  }
}
