package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostComparison;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentState;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds each object a batch created in what the host returned when read back, and compares it with
 * what the batch created (its blueprint), through the planner's comparisons. Bindings to any group
 * the provider ever held are the provider's own, not a change; this batch's own group must stay
 * bound. The probe user's objects are never compared.
 */
final class ChangeCheck {
  private final Blueprint blueprint;
  private final LiveState readBack;
  private final Set<Long> providerGroups;
  private final OptionalLong batchGroup;

  ChangeCheck(Blueprint blueprint, LiveState readBack, ImportBatch batch, List<ImportBatch> all) {
    this.blueprint = blueprint;
    this.readBack = readBack;
    this.providerGroups =
        all.stream()
            .flatMap(b -> b.intents().stream())
            .filter(i -> i.kind().isCreate() && i.kind().object() == HostObjectKind.GROUP)
            .filter(i -> i.state() == IntentState.DONE)
            .map(Intent::hostObjectId)
            .collect(Collectors.toSet());
    this.batchGroup =
        HeldObject.of(batch).stream()
            .filter(h -> h.kind() == HostObjectKind.GROUP)
            .mapToLong(HeldObject::hostId)
            .findFirst();
  }

  /** The object's name on the host, or empty when the host no longer has it. */
  Optional<String> liveName(HeldObject held) {
    if (!readBack.holds(held.kind(), held.hostId())) {
      return Optional.empty();
    }
    return Optional.of(readBack.nameOf(held.kind(), held.hostId()).orElse(held.intent().target()));
  }

  /** The fields changed since the batch created the object; empty when unchanged or gone. */
  List<FieldDiff> changes(HeldObject held) {
    switch (held.kind()) {
      case GROUP:
        return group(held)
            .map(g -> HostComparison.groupDiffs(blueprint.group(), g))
            .orElse(List.of());
      case CHANNEL:
        return channel(held)
            .map(c -> HostComparison.channelDiffs(blueprint.channel(own(c.groupIds())), c))
            .orElse(List.of());
      case ACCOUNT:
        return account(held).map(a -> accountChanges(held, a)).orElse(List.of());
      default:
        // The probe user's objects carry no blueprint to compare with.
        return List.of();
    }
  }

  private List<FieldDiff> accountChanges(HeldObject held, LiveAccount live) {
    return held.intent()
        .fingerprint()
        .map(
            key ->
                HostComparison.accountDiffs(
                    blueprint.accountShape(key, own(live.groupIds())), live))
        .orElse(List.of());
  }

  // The live bindings to the provider's groups, plus this batch's group.
  private List<Long> own(List<Long> live) {
    TreeSet<Long> bindings = new TreeSet<>(live);
    bindings.retainAll(providerGroups);
    batchGroup.ifPresent(bindings::add);
    return List.copyOf(bindings);
  }

  private Optional<LiveGroup> group(HeldObject held) {
    return readBack.groups().stream().filter(g -> g.id() == held.hostId()).findFirst();
  }

  private Optional<LiveChannel> channel(HeldObject held) {
    return readBack.channels().stream().filter(c -> c.id() == held.hostId()).findFirst();
  }

  private Optional<LiveAccount> account(HeldObject held) {
    return readBack.accounts().stream().filter(a -> a.id() == held.hostId()).findFirst();
  }
}
