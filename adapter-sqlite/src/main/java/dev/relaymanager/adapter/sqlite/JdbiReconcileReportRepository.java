package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.port.ReconcileReportRepository;
import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link ReconcileReportRepository} in the {@code reconcile_reports} table. */
public final class JdbiReconcileReportRepository implements ReconcileReportRepository {
  private final ReconcileReportDao dao;
  private final FindingsJson json = new FindingsJson();

  public JdbiReconcileReportRepository(SqliteDatabase database) {
    this.dao =
        Objects.requireNonNull(database, "database").jdbi().onDemand(ReconcileReportDao.class);
  }

  @Override
  public void save(ReconcileReport report) {
    ReconcileReportRow row = ReconcileReportRows.toRow(report, json);
    SqliteFailures.run(
        () -> dao.insert(row), () -> "reconcile report " + report.id() + " exists already");
  }

  @Override
  public Optional<ReconcileReport> find(ReconcileReportId id) {
    return SqliteFailures.call(() -> dao.find(id.value()), () -> "reading cannot conflict")
        .map(row -> ReconcileReportRows.toDomain(row, json));
  }

  @Override
  public List<ReconcileReport> listFor(ReconcileScope scope) {
    List<ReconcileReportRow> rows =
        SqliteFailures.call(
            () ->
                dao.listFor(
                    scope.host().value(), scope.wireName(), ReconcileReportRows.providerOf(scope)),
            () -> "reading cannot conflict");
    return rows.stream()
        .map(row -> ReconcileReportRows.toDomain(row, json))
        .collect(Collectors.toList());
  }

  @Override
  public Optional<ReconcileReport> latestFor(ReconcileScope scope) {
    return listFor(scope).stream().findFirst();
  }
}
