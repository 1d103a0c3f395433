package dev.relaymanager.domain.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored comparison of the recorded state with the live host (PRODUCT §2): its scope, when it
 * was checked, the findings, and {@code in_sync} exactly when there are none.
 */
public final class ReconcileReport {
  private final ReconcileReportId id;
  private final ReconcileScope scope;
  private final Instant checkedAt;
  private final List<Finding> findings;

  private ReconcileReport(
      ReconcileReportId id, ReconcileScope scope, Instant checkedAt, List<Finding> findings) {
    this.id = Objects.requireNonNull(id, "id");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
    this.findings = List.copyOf(findings);
  }

  /**
   * The report of a reconcile of {@code scope} at {@code checkedAt} that found {@code findings}.
   */
  public static ReconcileReport of(
      ReconcileReportId id, ReconcileScope scope, Instant checkedAt, List<Finding> findings) {
    return new ReconcileReport(id, scope, checkedAt, findings);
  }

  /** Rebuilds a stored report; for repositories only. */
  public static ReconcileReport restore(
      ReconcileReportId id, ReconcileScope scope, Instant checkedAt, List<Finding> findings) {
    return new ReconcileReport(id, scope, checkedAt, findings);
  }

  public ReconcileReportId id() {
    return id;
  }

  public ReconcileScope scope() {
    return scope;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public List<Finding> findings() {
    return findings;
  }

  public ReconcileResult result() {
    return findings.isEmpty() ? ReconcileResult.IN_SYNC : ReconcileResult.DRIFTED;
  }

  /** The findings of {@code type}, e.g. {@code Finding.Orphaned.class}. */
  public <T extends Finding> List<T> findingsOf(Class<T> type) {
    return findings.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public String toString() {
    return "ReconcileReport[" + id + " " + scope.wireName() + " " + result().wireName() + "]";
  }
}
