package dev.relaymanager.domain.port;

import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ReconcileReportRepository} in a map, for application tests. */
public final class InMemoryReconcileReportRepository implements ReconcileReportRepository {
  private final Map<ReconcileReportId, ReconcileReport> byId = new LinkedHashMap<>();

  @Override
  public synchronized void save(ReconcileReport report) {
    if (byId.containsKey(report.id())) {
      throw new ConflictException("reconcile report " + report.id() + " exists already");
    }
    byId.put(report.id(), report);
  }

  @Override
  public synchronized Optional<ReconcileReport> find(ReconcileReportId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<ReconcileReport> listFor(ReconcileScope scope) {
    // Newest first: by check time, and among equal times the one stored last.
    List<ReconcileReport> all = new ArrayList<>(byId.values());
    Collections.reverse(all);
    all.removeIf(r -> !r.scope().equals(scope));
    all.sort(Comparator.comparing(ReconcileReport::checkedAt).reversed());
    return all;
  }

  @Override
  public synchronized Optional<ReconcileReport> latestFor(ReconcileScope scope) {
    return listFor(scope).stream().findFirst();
  }
}
