package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.shared.Secret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code reconcile --repair} will do, printed before it runs: re-create missing objects and
 * restore changed fields, groups first, then the channel, then accounts. A missing account, or
 * changed account credentials, can be repaired only with its key, matched by fingerprint.
 */
public final class RepairPlan {
  private final List<RepairStep> steps;

  private RepairPlan(List<RepairStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The repairs for the missing and changed {@code findings} of {@code providers}, with {@code
   * keys} given again (empty when none); other findings are for prune or the operator.
   */
  public static RepairPlan of(
      List<Finding> findings, List<RecordedProvider> providers, List<Secret> keys) {
    Repairs repairs = new Repairs(providers, keys);
    List<RepairStep> steps = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding instanceof Finding.Missing) {
        repairs.recreate(finding.object()).ifPresent(steps::add);
      } else if (finding instanceof Finding.Changed) {
        Finding.Changed changed = (Finding.Changed) finding;
        repairs.restore(changed.object(), changed.diffs()).ifPresent(steps::add);
      }
    }
    steps.sort(Comparator.comparing(RepairPlan::creationOrder));
    return new RepairPlan(steps);
  }

  public List<RepairStep> steps() {
    return steps;
  }

  /** The steps that write to the host, in order. */
  public List<RepairStep> writes() {
    return steps.stream().filter(s -> !(s instanceof RepairStep.NeedsKey)).toList();
  }

  /** What cannot be repaired without a key, each with how to do it. */
  public List<RepairStep.NeedsKey> needingKeys() {
    return steps.stream()
        .filter(RepairStep.NeedsKey.class::isInstance)
        .map(RepairStep.NeedsKey.class::cast)
        .toList();
  }

  /**
   * Whether a group is re-created: its new id is known only then, so the application records it and
   * reconciles again to bind the channel and accounts to it.
   */
  public boolean bindingsPending() {
    return steps.stream()
        .anyMatch(
            s -> s instanceof RepairStep.Recreate && s.object().kind() == HostObjectKind.GROUP);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  // Creation order is the reverse of deletion order: group, then channel, then accounts.
  private static int creationOrder(RepairStep step) {
    return -step.object().kind().ordinal();
  }
}
