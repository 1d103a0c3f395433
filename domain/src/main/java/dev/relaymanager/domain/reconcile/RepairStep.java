package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectRef;
import java.util.List;
import java.util.Objects;

/** What {@code reconcile --repair} does for one finding: create, restore, rebind, or explain. */
public sealed interface RepairStep {
  /** The object as the finding named it (a missing one by its recorded id). */
  HostObjectRef object();

  /** The line shown in the plan. */
  String describe();

  /**
   * Re-create the missing object from {@code draft}: a {@code GroupDraft}, {@code ChannelDraft} or
   * {@code AccountDraft} (an account only when its key was given again).
   *
   * @param <D> the draft type
   */
  record Recreate<D>(HostObjectRef object, D draft) implements RepairStep {
    public Recreate {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(draft, "draft");
    }

    @Override
    public String describe() {
      return "re-create " + object;
    }
  }

  /**
   * Send {@code draft} to restore the changed fields: a {@code GroupDraft}, {@code ChannelDraft} or
   * {@code AccountDraft} (with the key given again: the host replaces credentials whole).
   *
   * @param <D> the draft type
   */
  record Restore<D>(HostObjectRef object, D draft, List<FieldDiff> diffs) implements RepairStep {
    public Restore {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(draft, "draft");
      diffs = List.copyOf(diffs);
    }

    @Override
    public String describe() {
      return "restore " + object + ": " + diffs;
    }
  }

  /** Restore only an account's group bindings, which needs no key. */
  record Rebind(HostObjectRef object, List<Long> groupIds, List<FieldDiff> diffs)
      implements RepairStep {
    public Rebind {
      Objects.requireNonNull(object, "object");
      groupIds = List.copyOf(groupIds);
      diffs = List.copyOf(diffs);
    }

    @Override
    public String describe() {
      return "rebind " + object + " to groups " + groupIds;
    }
  }

  /** Cannot be repaired without the account's key, which is never stored; {@code hint} says how. */
  record NeedsKey(HostObjectRef object, String hint) implements RepairStep {
    public NeedsKey {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String describe() {
      return "cannot repair " + object + ": " + hint;
    }
  }
}
