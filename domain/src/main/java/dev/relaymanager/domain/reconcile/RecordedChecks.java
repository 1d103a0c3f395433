package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostComparison;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.provider.AccountShape;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every object a provider records against the host: gone (missing), drifted (changed, by the
 * planner's comparisons) or, for accounts, kept out of scheduling by the host (unhealthy).
 */
final class RecordedChecks {
  private static final String RESTORE = "reconcile --repair restores the desired settings";

  private RecordedChecks() {}

  static List<Finding> of(RecordedProvider recorded, LiveState live) {
    List<Finding> findings = new ArrayList<>();
    recorded.provider().groupIds().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> findings.addAll(group(recorded, e.getKey(), e.getValue(), live)));
    recorded.provider().channelId().ifPresent(id -> findings.addAll(channel(recorded, id, live)));
    recorded.provider().accountIds().entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> findings.addAll(account(recorded, e.getKey(), e.getValue(), live)));
    return findings;
  }

  private static List<Finding> group(
      RecordedProvider recorded, ImportMode mode, long id, LiveState live) {
    String name = recorded.group(mode).name();
    Optional<LiveGroup> found = live.groups().stream().filter(g -> g.id() == id).findFirst();
    if (found.isEmpty()) {
      return missing(HostObjectKind.GROUP, id, name, "reconcile --repair re-creates it");
    }
    List<FieldDiff> diffs = HostComparison.groupDiffs(recorded.group(mode), found.get());
    return changed(new HostObjectRef(HostObjectKind.GROUP, id, found.get().name()), diffs);
  }

  private static List<Finding> channel(RecordedProvider recorded, long id, LiveState live) {
    String name = recorded.channel().name();
    Optional<LiveChannel> found = live.channels().stream().filter(c -> c.id() == id).findFirst();
    if (found.isEmpty()) {
      return missing(HostObjectKind.CHANNEL, id, name, "reconcile --repair re-creates it");
    }
    List<FieldDiff> diffs = HostComparison.channelDiffs(recorded.channel(), found.get());
    return changed(new HostObjectRef(HostObjectKind.CHANNEL, id, found.get().name()), diffs);
  }

  private static List<Finding> account(
      RecordedProvider recorded, KeyFingerprint key, long id, LiveState live) {
    AccountShape desired = recorded.account(key);
    Optional<LiveAccount> found = live.accounts().stream().filter(a -> a.id() == id).findFirst();
    if (found.isEmpty()) {
      return missing(
          HostObjectKind.ACCOUNT, id, desired.name(), Hints.missingAccount(recorded, key));
    }
    LiveAccount account = found.get();
    HostObjectRef ref = new HostObjectRef(HostObjectKind.ACCOUNT, id, account.name());
    List<Finding> findings =
        new ArrayList<>(changed(ref, HostComparison.accountDiffs(desired, account)));
    AccountHealth.problem(account)
        .ifPresent(p -> findings.add(new Finding.Unhealthy(ref, p, AccountHealth.hint(account))));
    return findings;
  }

  private static List<Finding> missing(HostObjectKind kind, long id, String name, String hint) {
    return List.of(new Finding.Missing(new HostObjectRef(kind, id, name), hint));
  }

  private static List<Finding> changed(HostObjectRef ref, List<FieldDiff> diffs) {
    if (diffs.isEmpty()) {
      return List.of();
    }
    String hint =
        ref.kind() == HostObjectKind.ACCOUNT && Hints.restoringNeedsKey(diffs)
            ? RESTORE + " when given the account's key again (--keys-file)"
            : RESTORE;
    return List.of(new Finding.Changed(ref, diffs, hint));
  }
}
