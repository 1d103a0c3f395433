package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.AccountShape;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.ManagedNames;
import java.util.List;

/**
 * The planner's comparisons and ownership rule, opened to reconcile and rollback, so that what
 * counts as a diff (and what the host normalises away) and what counts as ours has one source.
 */
public final class HostComparison {
  private HostComparison() {}

  /** The group fields where {@code live} differs from {@code desired}; empty when in sync. */
  public static List<FieldDiff> groupDiffs(GroupDraft desired, LiveGroup live) {
    return GroupComparison.diffs(desired, live);
  }

  /** The channel fields where {@code live} differs from {@code desired}; empty when in sync. */
  public static List<FieldDiff> channelDiffs(ChannelDraft desired, LiveChannel live) {
    return ChannelComparison.diffs(desired, live);
  }

  /** The account fields where {@code live} differs from {@code desired}; empty when in sync. */
  public static List<FieldDiff> accountDiffs(AccountShape desired, LiveAccount live) {
    return AccountComparison.diffs(desired, live);
  }

  /**
   * Whether the object whose free text is {@code freeText} carries the marker of the provider of
   * {@code names} (and, for an account, of the key with short form {@code keyShortForm}; empty for
   * groups and channels).
   */
  public static boolean isOurs(ManagedNames names, String freeText, String keyShortForm) {
    return Ownership.whyNotOurs(names, freeText, keyShortForm).isEmpty();
  }
}
