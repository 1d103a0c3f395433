package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.reconcile.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One reconcile finding as shown to operators.
 *
 * @param code {@code missing}, {@code changed}, {@code orphaned}, {@code duplicate} or {@code
 *     unhealthy}
 * @param kind {@code channel}, {@code account} or {@code group}
 * @param diffs the changed fields, for {@code changed}; empty otherwise
 */
public record FindingView(
    String code,
    String kind,
    long hostId,
    String name,
    String description,
    List<String> diffs,
    String hint) {

  public FindingView {
    diffs = List.copyOf(diffs);
  }

  static FindingView of(Finding finding) {
    List<String> diffs =
        finding instanceof Finding.Changed
            ? ((Finding.Changed) finding)
                .diffs().stream().map(FieldDiff::toString).collect(Collectors.toList())
            : List.of();
    return new FindingView(
        finding.code(),
        finding.kind().wireName(),
        finding.hostId(),
        finding.object().name(),
        finding.describe(),
        diffs,
        finding.hint());
  }
}
