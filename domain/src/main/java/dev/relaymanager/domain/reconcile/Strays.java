package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the objects of ours no record explains: several holding one name are duplicates (the
 * recorded one, or else the oldest, is kept); a lone one without a record is an orphan. Objects
 * {@code ours} refuses (no marker, another's marker, a merely similar name) are never reported.
 */
final class Strays {
  private Strays() {}

  static List<Finding> of(LiveState live, Predicate<Candidate> ours, Set<String> recorded) {
    Map<String, List<Candidate>> byName = new LinkedHashMap<>();
    Candidate.all(live).stream()
        .filter(ours)
        .sorted(Comparator.comparing((Candidate c) -> c.ref().id()))
        .forEach(
            c ->
                byName
                    .computeIfAbsent(c.ref().kind() + "/" + c.name(), k -> new ArrayList<>())
                    .add(c));
    List<Finding> findings = new ArrayList<>();
    for (List<Candidate> named : byName.values()) {
      if (named.size() > 1) {
        findings.add(duplicate(named, recorded));
      } else if (!recorded.contains(named.get(0).key())) {
        findings.add(new Finding.Orphaned(named.get(0).ref(), orphanHint()));
      }
    }
    return findings;
  }

  private static Finding duplicate(List<Candidate> named, Set<String> recorded) {
    Candidate kept =
        named.stream().filter(c -> recorded.contains(c.key())).findFirst().orElse(named.get(0));
    List<Long> extras = named.stream().filter(c -> c != kept).map(c -> c.ref().id()).toList();
    HostObjectRef ref = kept.ref();
    String hint =
        recorded.contains(kept.key())
            ? "reconcile --prune deletes the copies and keeps the recorded one (id "
                + ref.id()
                + ")"
            : "none is recorded: reconcile --prune keeps the oldest (id "
                + ref.id()
                + ") and deletes the copies; re-run the import to adopt it";
    return new Finding.Duplicate(ref, extras, hint);
  }

  private static String orphanHint() {
    return "no record holds it (a crashed or foreign run): reconcile --prune deletes it, or"
        + " re-run the import to adopt it";
  }
}
