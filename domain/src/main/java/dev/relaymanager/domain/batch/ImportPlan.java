package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * What an import will do on the host, item by item (PRODUCT §4): the group, the channel when the
 * host has channels, and an account per key, plus the duplicates noticed. While the group is still
 * to be created its id is unknown, so the channel and accounts are bound to no group; the
 * application creates the group first and plans again before writing them.
 */
public final class ImportPlan {
  private final PlanItem<GroupDraft> group;
  private final List<PlanItem<ChannelDraft>> channel;
  private final List<AccountPlan> accounts;
  private final List<DuplicateAccounts> duplicates;

  ImportPlan(
      PlanItem<GroupDraft> group,
      Optional<PlanItem<ChannelDraft>> channel,
      List<AccountPlan> accounts,
      List<DuplicateAccounts> duplicates) {
    this.group = Objects.requireNonNull(group, "group");
    this.channel = channel.map(List::of).orElse(List.of());
    this.accounts = List.copyOf(accounts);
    this.duplicates = List.copyOf(duplicates);
  }

  public PlanItem<GroupDraft> group() {
    return group;
  }

  /** The channel's item, or empty when the host has no channels. */
  public Optional<PlanItem<ChannelDraft>> channel() {
    return channel.stream().findFirst();
  }

  /** One plan per key, in key order. */
  public List<AccountPlan> accounts() {
    return accounts;
  }

  public List<DuplicateAccounts> duplicates() {
    return duplicates;
  }

  /** The group's host id once it exists; empty while it is to be created (or blocked). */
  public OptionalLong groupId() {
    return group instanceof PlanItem.Blocked ? OptionalLong.empty() : group.hostId();
  }

  /** Whether the channel and accounts still wait for the group's id (see the class comment). */
  public boolean bindingsPending() {
    return groupId().isEmpty();
  }

  /** Why items cannot be imported: foreign objects holding our names. */
  public List<String> blockers() {
    List<String> reasons = new ArrayList<>();
    items()
        .forEach(
            item -> {
              if (item instanceof PlanItem.Blocked) {
                reasons.add(((PlanItem.Blocked<?>) item).reason());
              }
            });
    return List.copyOf(reasons);
  }

  /** Whether the group or the channel is blocked: then nothing can be imported. */
  public boolean isBlocked() {
    return group instanceof PlanItem.Blocked
        || channel().filter(c -> c instanceof PlanItem.Blocked).isPresent();
  }

  /** How many host writes (creates and updates) the plan holds. */
  public long writeCount() {
    return items().filter(PlanItem::writes).count();
  }

  /** Whether the host already holds everything as desired: nothing to write, block or prune. */
  public boolean isInSync() {
    return writeCount() == 0 && blockers().isEmpty() && duplicates.isEmpty();
  }

  private Stream<PlanItem<?>> items() {
    return Stream.concat(
        Stream.concat(Stream.of(group), channel.stream()),
        accounts.stream().map(AccountPlan::item));
  }
}
