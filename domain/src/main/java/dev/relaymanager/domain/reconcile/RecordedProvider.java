package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.provider.AccountShape;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One provider as the manager recorded it, with the blueprint of every mode it has a group for (at
 * least one; built from the provider's pack version) and its batches: the desired state reconcile
 * compares with the host and repair restores.
 */
public record RecordedProvider(
    Provider provider, List<Blueprint> blueprints, List<ImportBatch> batches) {

  public RecordedProvider {
    Objects.requireNonNull(provider, "provider");
    blueprints = List.copyOf(blueprints);
    batches = List.copyOf(batches);
    for (ImportMode mode : provider.groupIds().keySet()) {
      if (blueprints.stream().noneMatch(b -> b.mode() == mode)) {
        throw InvalidInputException.of("blueprints", "none for the " + mode.wireName() + " group");
      }
    }
    if (blueprints.isEmpty()) {
      throw InvalidInputException.of("blueprints", "at least one is needed");
    }
  }

  /** The deterministic names of the provider's objects. */
  public ManagedNames names() {
    return anyBlueprint().names();
  }

  /** The group desired for {@code mode}. */
  public GroupDraft group(ImportMode mode) {
    return byMode().get(mode).group();
  }

  /** The channel desired: bound to every recorded group. */
  public ChannelDraft channel() {
    return anyBlueprint().channel(List.copyOf(new TreeSet<>(provider.groupIds().values())));
  }

  /** Whether the host has channels, so that the provider has one. */
  public boolean hasChannel() {
    return anyBlueprint().hasChannel();
  }

  /**
   * The account desired for the key with {@code fingerprint}: bound to the recorded group of every
   * mode a batch (not rolled back) imported the key in; to every recorded group when none says.
   */
  public AccountShape account(KeyFingerprint fingerprint) {
    TreeSet<Long> groups = new TreeSet<>();
    for (ImportBatch batch : batches) {
      if (batch.status() != BatchStatus.ROLLED_BACK && batch.keys().contains(fingerprint)) {
        provider.groupId(batch.header().mode()).ifPresent(groups::add);
      }
    }
    if (groups.isEmpty()) {
      groups.addAll(provider.groupIds().values());
    }
    return anyBlueprint().accountShape(fingerprint, List.copyOf(groups));
  }

  /** The command that imports the key with {@code fingerprint} again, for hints. */
  public String reimportCommand(KeyFingerprint fingerprint) {
    ImportMode mode =
        batches.stream()
            .filter(b -> b.keys().contains(fingerprint))
            .map(b -> b.header().mode())
            .findFirst()
            .orElse(anyBlueprint().mode());
    return "import apply --pack "
        + provider.pack()
        + " --provider "
        + provider.name()
        + " --mode "
        + mode.wireName()
        + " --keys-file FILE (holding the key "
        + fingerprint.shortForm()
        + ")";
  }

  // Accounts and the channel do not depend on the mode: any blueprint has the same ones.
  private Blueprint anyBlueprint() {
    return byMode().values().iterator().next();
  }

  private Map<ImportMode, Blueprint> byMode() {
    Map<ImportMode, Blueprint> byMode = new EnumMap<>(ImportMode.class);
    blueprints.forEach(b -> byMode.putIfAbsent(b.mode(), b));
    return byMode;
  }
}
