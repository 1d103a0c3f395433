package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.HostObjectRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code reconcile --prune} will delete, printed before it runs: every orphan and every extra
 * copy of a duplicate (the recorded one, or else the oldest, stays), in deletion order. Only
 * findings name objects, and findings never name a foreign object, so prune never touches one.
 */
public final class PrunePlan {
  private final List<HostObjectRef> deletions;

  private PrunePlan(List<HostObjectRef> deletions) {
    this.deletions = List.copyOf(deletions);
  }

  /** The prune of the orphaned and duplicate {@code findings}; other findings are not its job. */
  public static PrunePlan of(List<Finding> findings) {
    List<HostObjectRef> deletions = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding instanceof Finding.Orphaned) {
        deletions.add(finding.object());
      } else if (finding instanceof Finding.Duplicate) {
        Finding.Duplicate duplicate = (Finding.Duplicate) finding;
        HostObjectRef kept = duplicate.object();
        duplicate
            .extraIds()
            .forEach(id -> deletions.add(new HostObjectRef(kept.kind(), id, kept.name())));
      }
    }
    deletions.sort(Comparator.comparing((HostObjectRef r) -> r.kind()).thenComparing(r -> r.id()));
    return new PrunePlan(deletions);
  }

  /** The objects to delete, in order. */
  public List<HostObjectRef> deletions() {
    return deletions;
  }

  public boolean isEmpty() {
    return deletions.isEmpty();
  }

  /** The plan as lines, one per delete. */
  public List<String> describe() {
    return deletions.stream().map(r -> "delete " + r).collect(Collectors.toList());
  }
}
