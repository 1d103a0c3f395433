package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.AccountSettings;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.ModelOffer;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.pack.SubscriptionSettings;
import dev.relaymanager.domain.pack.UsdLimit;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The desired host objects of one provider in one mode for one batch: the group, the channel (only
 * when the host has channels) and an account per key, every field the host defaults badly made
 * explicit. Built only for a host that has what the provider needs ({@link CapabilityCheck}).
 *
 * <p>Exclusivity: the subscription group is exclusive (only subscribers reach it, as contract §13
 * does); the self-service group is not, so that an ordinary user with balance can bind a key to it
 * without the manager editing the user's allowed groups, which works on every host.
 */
public final class Blueprint {
  private final ProviderSpec spec;
  private final ImportMode mode;
  private final ManagedNames names;
  private final Marker marker;
  private final boolean channels;

  private Blueprint(
      ProviderSpec spec, ImportMode mode, ManagedNames names, Marker marker, boolean channels) {
    this.spec = spec;
    this.mode = mode;
    this.names = names;
    this.marker = marker;
    this.channels = channels;
  }

  /**
   * The blueprint of {@code spec} from {@code pack} in {@code mode} for {@code batch}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException when the host lacks a capability
   *     the provider or mode needs
   */
  public static Blueprint of(
      ProviderSpec spec,
      PackRef pack,
      ImportMode mode,
      ResourcePrefix prefix,
      HostCapabilities capabilities,
      BatchId batch) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(mode, "mode");
    CapabilityCheck.require(spec, mode, capabilities);
    return new Blueprint(
        spec,
        mode,
        new ManagedNames(prefix, pack.name(), spec.name()),
        Marker.of(pack, spec.name(), batch),
        capabilities.channels());
  }

  /** The group serving this mode; limits come from the pack only in subscription mode. */
  public GroupDraft group() {
    Map<LimitWindow, BigDecimal> limits = new EnumMap<>(LimitWindow.class);
    if (mode == ImportMode.SUBSCRIPTION) {
      SubscriptionSettings terms = spec.group().subscription();
      putLimit(limits, LimitWindow.DAILY, terms.dailyLimit());
      putLimit(limits, LimitWindow.WEEKLY, terms.weeklyLimit());
      putLimit(limits, LimitWindow.MONTHLY, terms.monthlyLimit());
    }
    return new GroupDraft(
        names.group(mode),
        marker.text(),
        spec.platform(),
        GroupType.servingMode(mode),
        spec.group().rateMultiplier(),
        mode == ImportMode.SUBSCRIPTION,
        limits);
  }

  /** Whether the host has channels, so that the import has one. */
  public boolean hasChannel() {
    return channels;
  }

  /**
   * The channel serving {@code groupIds}: per-token prices for every offered model (renamed models
   * also priced under their upstream id, so that every billing source finds a price), an identity
   * mapping (the accounts do the renaming, so the channel never sends a model the accounts would
   * refuse), the pack's billing source and restriction.
   */
  public ChannelDraft channel(List<Long> groupIds) {
    Map<ModelId, ModelId> identity = new LinkedHashMap<>();
    spec.modelIds().forEach(id -> identity.put(id, id));
    return new ChannelDraft(
        names.channel(),
        marker.text(),
        groupIds,
        spec.platform(),
        prices(),
        identity,
        spec.channel().billingModelSource(),
        spec.channel().restrictModels());
  }

  /** The account holding {@code key}, bound to {@code groupIds}. */
  public AccountDraft account(Secret key, List<Long> groupIds) {
    return accountShape(key.fingerprint(), groupIds).withKey(key);
  }

  /**
   * The account of the key with {@code fingerprint}, bound to {@code groupIds}, without the key:
   * what reconcile and rollback compare with the host.
   */
  public AccountShape accountShape(KeyFingerprint fingerprint, List<Long> groupIds) {
    AccountSettings settings = spec.account();
    return new AccountShape(
        fingerprint,
        names.account(fingerprint),
        marker.forKey(fingerprint).text(),
        spec.platform(),
        spec.baseUrl(),
        spec.modelMapping(),
        AccountDraft.FORCE_CHAT_COMPLETIONS,
        settings.concurrency(),
        settings.priority(),
        settings.rateMultiplier(),
        groupIds);
  }

  /**
   * The {@code Idempotency-Key} of the account create for {@code fingerprint} in this batch: a
   * resumed batch replays its own create, a later batch (after a rollback) creates anew.
   */
  public IdempotencyKey idempotencyKey(KeyFingerprint fingerprint) {
    return new IdempotencyKey(
        "relay-manager:" + marker.batch() + ":" + fingerprint.hex().substring(0, 32));
  }

  public ProviderSpec spec() {
    return spec;
  }

  public ImportMode mode() {
    return mode;
  }

  public ManagedNames names() {
    return names;
  }

  /** The marker every object of this batch carries (accounts add their key's fingerprint). */
  public Marker marker() {
    return marker;
  }

  /** The model the account test uses. */
  public ModelId smokeTestModel() {
    return spec.smokeTestModel();
  }

  private List<ChannelPrice> prices() {
    Set<ModelId> priced = new HashSet<>(spec.modelIds());
    List<ChannelPrice> prices = new ArrayList<>();
    for (ModelOffer offer : spec.models()) {
      List<ModelId> models = new ArrayList<>(List.of(offer.id()));
      if (offer.isRenamed() && priced.add(offer.upstreamId())) {
        models.add(offer.upstreamId());
      }
      Map<PriceComponent, BigDecimal> perToken = new EnumMap<>(PriceComponent.class);
      for (PriceComponent component : PriceComponent.values()) {
        offer.pricing().perToken(component).ifPresent(p -> perToken.put(component, p));
      }
      prices.add(new ChannelPrice(models, perToken));
    }
    return prices;
  }

  private static void putLimit(
      Map<LimitWindow, BigDecimal> limits, LimitWindow window, UsdLimit limit) {
    limit.usd().ifPresent(usd -> limits.put(window, usd));
  }
}
