package dev.relaymanager.adapter.sqlite;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/**
 * SQL for {@code access_closures}; the repository checks the provider and replaces its rows in one
 * transaction.
 */
@RegisterConstructorMapper(AccessCheckRow.class)
interface AccessClosureDao extends Transactional<AccessClosureDao> {
  @SqlQuery(
      """
      SELECT EXISTS (SELECT 1 FROM providers WHERE id = :providerId)
      """)
  boolean providerExists(@Bind("providerId") String providerId);

  @SqlUpdate(
      """
      DELETE FROM access_closures WHERE provider_id = :providerId
      """)
  void deleteChecks(@Bind("providerId") String providerId);

  @SqlBatch(
      """
      INSERT INTO access_closures (
          provider_id, mode, checked_at, models_status, smoke_model_listed, model_polls,
          chat_status, finish_reason, usage_status, host_codes, latency_nanos, verdict,
          failure_class, host_code, detail)
      VALUES (
          :providerId, :mode, :checkedAt, :modelsStatus, :smokeModelListed, :modelPolls,
          :chatStatus, :finishReason, :usageStatus, :hostCodes, :latencyNanos, :verdict,
          :failureClass, :hostCode, :detail)
      """)
  void insertChecks(@BindMethods List<AccessCheckRow> rows);

  @SqlQuery(
      """
      SELECT * FROM access_closures WHERE provider_id = :providerId ORDER BY mode
      """)
  List<AccessCheckRow> checksOf(@Bind("providerId") String providerId);
}
