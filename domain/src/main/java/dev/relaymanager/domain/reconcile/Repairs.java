package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.provider.AccountShape;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds the repair of one finding from the desired state of the provider that records the object;
 * an object no provider records is not repaired.
 */
final class Repairs {
  private final List<RecordedProvider> providers;
  private final List<Secret> keys;

  Repairs(List<RecordedProvider> providers, List<Secret> keys) {
    this.providers = List.copyOf(providers);
    this.keys = List.copyOf(keys);
  }

  Optional<RepairStep> recreate(HostObjectRef ref) {
    if (ref.kind() != HostObjectKind.ACCOUNT) {
      return draft(ref).map(d -> new RepairStep.Recreate<>(ref, d));
    }
    for (RecordedProvider recorded : providers) {
      Optional<KeyFingerprint> owner = fingerprintOf(recorded, ref.id());
      if (owner.isPresent()) {
        AccountShape shape = recorded.account(owner.get());
        return Optional.of(
            key(owner.get())
                .<RepairStep>map(k -> new RepairStep.Recreate<>(ref, shape.withKey(k)))
                .orElse(new RepairStep.NeedsKey(ref, Hints.missingAccount(recorded, owner.get()))));
      }
    }
    return Optional.empty();
  }

  Optional<RepairStep> restore(HostObjectRef ref, List<FieldDiff> diffs) {
    if (ref.kind() != HostObjectKind.ACCOUNT) {
      return draft(ref).map(d -> new RepairStep.Restore<>(ref, d, diffs));
    }
    for (RecordedProvider recorded : providers) {
      Optional<KeyFingerprint> owner = fingerprintOf(recorded, ref.id());
      if (owner.isPresent()) {
        AccountShape shape = recorded.account(owner.get());
        Optional<Secret> key = key(owner.get());
        if (key.isPresent()) {
          return Optional.of(new RepairStep.Restore<>(ref, shape.withKey(key.get()), diffs));
        }
        return Optional.of(
            Hints.restoringNeedsKey(diffs)
                ? new RepairStep.NeedsKey(ref, Hints.changedAccount(owner.get()))
                : new RepairStep.Rebind(ref, shape.groupIds(), diffs));
      }
    }
    return Optional.empty();
  }

  // The desired group or channel draft of the provider that records {@code ref}.
  private Optional<Object> draft(HostObjectRef ref) {
    for (RecordedProvider recorded : providers) {
      if (ref.kind() == HostObjectKind.CHANNEL
          && recorded.provider().channelId().equals(OptionalLong.of(ref.id()))) {
        return Optional.of(recorded.channel());
      }
      for (Map.Entry<ImportMode, Long> group : recorded.provider().groupIds().entrySet()) {
        if (ref.kind() == HostObjectKind.GROUP && group.getValue() == ref.id()) {
          return Optional.of(recorded.group(group.getKey()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<KeyFingerprint> fingerprintOf(RecordedProvider recorded, long id) {
    return recorded.provider().accountIds().entrySet().stream()
        .filter(e -> e.getValue() == id)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private Optional<Secret> key(KeyFingerprint fingerprint) {
    return keys.stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst();
  }
}
