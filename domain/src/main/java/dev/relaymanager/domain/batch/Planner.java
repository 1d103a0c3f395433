package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Compares the desired objects of a {@link Blueprint} with what the host holds and says, per
 * object, create, update, adopt, noop or blocked. Only objects with exactly the desired name and
 * our marker are reused; several of ours for one key are reported, the lowest id kept. Bindings to
 * other groups (the provider's other mode) are kept, never removed.
 */
public final class Planner {
  private Planner() {}

  /**
   * The plan for {@code keys} on a host holding {@code live}; {@code provider} tells recorded
   * objects (noop) from unrecorded ones (adopt).
   */
  public static ImportPlan plan(
      Blueprint blueprint, KeyList keys, Provider provider, LiveState live) {
    PlanItem<GroupDraft> group = planGroup(blueprint, provider, live.groups());
    OptionalLong groupId =
        group instanceof PlanItem.Blocked ? OptionalLong.empty() : group.hostId();
    Optional<PlanItem<ChannelDraft>> channel =
        blueprint.hasChannel()
            ? Optional.of(planChannel(blueprint, provider, live.channels(), groupId))
            : Optional.empty();
    List<AccountPlan> accounts = new ArrayList<>();
    List<DuplicateAccounts> duplicates = new ArrayList<>();
    for (Secret key : keys.keys()) {
      accounts.add(planAccount(blueprint, provider, live.accounts(), key, groupId, duplicates));
    }
    return new ImportPlan(group, channel, accounts, duplicates);
  }

  private static PlanItem<GroupDraft> planGroup(
      Blueprint blueprint, Provider provider, List<LiveGroup> groups) {
    GroupDraft draft = blueprint.group();
    Optional<LiveGroup> found =
        groups.stream()
            .filter(g -> g.name().equals(draft.name()))
            .min(Comparator.comparingLong(LiveGroup::id));
    if (found.isEmpty()) {
      return new PlanItem.Create<>(draft);
    }
    LiveGroup live = found.get();
    Optional<String> foreign = Ownership.whyNotOurs(blueprint.names(), live.description(), "");
    if (foreign.isPresent()) {
      return new PlanItem.Blocked<>(live.id(), "group " + draft.name() + " " + foreign.get());
    }
    boolean recorded = provider.groupId(blueprint.mode()).equals(OptionalLong.of(live.id()));
    return existing(live.id(), draft, GroupComparison.diffs(draft, live), recorded);
  }

  private static PlanItem<ChannelDraft> planChannel(
      Blueprint blueprint, Provider provider, List<LiveChannel> channels, OptionalLong groupId) {
    String name = blueprint.names().channel();
    Optional<LiveChannel> found =
        channels.stream()
            .filter(c -> c.name().equals(name))
            .min(Comparator.comparingLong(LiveChannel::id));
    if (found.isEmpty()) {
      return new PlanItem.Create<>(blueprint.channel(bindings(List.of(), groupId)));
    }
    LiveChannel live = found.get();
    Optional<String> foreign = Ownership.whyNotOurs(blueprint.names(), live.description(), "");
    if (foreign.isPresent()) {
      return new PlanItem.Blocked<>(live.id(), "channel " + name + " " + foreign.get());
    }
    ChannelDraft draft = blueprint.channel(bindings(live.groupIds(), groupId));
    boolean recorded = provider.channelId().equals(OptionalLong.of(live.id()));
    return existing(live.id(), draft, ChannelComparison.diffs(draft, live), recorded);
  }

  private static AccountPlan planAccount(
      Blueprint blueprint,
      Provider provider,
      List<LiveAccount> accounts,
      Secret key,
      OptionalLong groupId,
      List<DuplicateAccounts> duplicates) {
    KeyFingerprint fingerprint = key.fingerprint();
    String name = blueprint.names().account(fingerprint);
    List<LiveAccount> named =
        accounts.stream()
            .filter(a -> a.name().equals(name))
            .sorted(Comparator.comparingLong(LiveAccount::id))
            .toList();
    List<LiveAccount> ours =
        named.stream()
            .filter(
                a ->
                    Ownership.whyNotOurs(blueprint.names(), a.notes(), fingerprint.shortForm())
                        .isEmpty())
            .toList();
    if (ours.isEmpty()) {
      return new AccountPlan(fingerprint, name, absent(blueprint, key, groupId, named));
    }
    LiveAccount live = ours.get(0);
    if (ours.size() > 1) {
      List<Long> extra = ours.stream().skip(1).map(LiveAccount::id).toList();
      duplicates.add(new DuplicateAccounts(fingerprint, live.id(), extra));
    }
    AccountDraft draft = blueprint.account(key, bindings(live.groupIds(), groupId));
    boolean recorded = provider.accountId(fingerprint).equals(OptionalLong.of(live.id()));
    PlanItem<AccountDraft> item =
        existing(live.id(), draft, AccountComparison.diffs(draft, live), recorded);
    return new AccountPlan(fingerprint, name, item);
  }

  private static PlanItem<AccountDraft> absent(
      Blueprint blueprint, Secret key, OptionalLong groupId, List<LiveAccount> foreign) {
    if (foreign.isEmpty()) {
      return new PlanItem.Create<>(blueprint.account(key, bindings(List.of(), groupId)));
    }
    LiveAccount other = foreign.get(0);
    String why =
        Ownership.whyNotOurs(blueprint.names(), other.notes(), key.fingerprint().shortForm())
            .orElse("");
    return new PlanItem.Blocked<>(other.id(), "account " + other.name() + " " + why);
  }

  private static <D> PlanItem<D> existing(
      long id, D draft, List<FieldDiff> diffs, boolean recorded) {
    if (!diffs.isEmpty()) {
      return new PlanItem.Update<>(id, draft, diffs);
    }
    return recorded ? new PlanItem.Noop<>(id) : new PlanItem.Adopt<>(id);
  }

  // The live bindings plus ours: bindings to the provider's other group are kept.
  private static List<Long> bindings(List<Long> live, OptionalLong groupId) {
    TreeSet<Long> all = new TreeSet<>(live);
    groupId.ifPresent(all::add);
    return List.copyOf(all);
  }
}
