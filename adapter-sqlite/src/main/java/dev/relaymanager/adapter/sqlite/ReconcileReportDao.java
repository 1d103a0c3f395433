package dev.relaymanager.adapter.sqlite;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL for the {@code reconcile_reports} table; each method is one statement and so one transaction.
 * A scope is matched exactly: {@code provider_id IS :providerId} also matches NULL.
 */
@RegisterConstructorMapper(ReconcileReportRow.class)
interface ReconcileReportDao {
  @SqlUpdate(
      """
      INSERT INTO reconcile_reports
        (id, scope, host_id, provider_id, checked_at, result, findings)
      VALUES (:id, :scope, :hostId, :providerId, :checkedAt, :result, :findings)
      """)
  void insert(@BindMethods ReconcileReportRow row);

  @SqlQuery(
      """
      SELECT * FROM reconcile_reports WHERE id = :id
      """)
  Optional<ReconcileReportRow> find(@Bind("id") String id);

  @SqlQuery(
      """
      SELECT * FROM reconcile_reports
      WHERE host_id = :hostId AND scope = :scope AND provider_id IS :providerId
      ORDER BY checked_at DESC, id DESC
      """)
  List<ReconcileReportRow> listFor(
      @Bind("hostId") String hostId,
      @Bind("scope") String scope,
      @Bind("providerId") String providerId);
}
