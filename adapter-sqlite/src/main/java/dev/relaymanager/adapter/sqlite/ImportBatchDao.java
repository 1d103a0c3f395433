package dev.relaymanager.adapter.sqlite;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/**
 * SQL for {@code import_batches}, {@code batch_intents} and {@code batch_results}; the repository
 * runs several of these in one transaction. Batches are listed newest first.
 */
@RegisterConstructorMapper(ImportBatchRow.class)
@RegisterConstructorMapper(IntentRow.class)
@RegisterConstructorMapper(KeyResultRow.class)
interface ImportBatchDao extends Transactional<ImportBatchDao> {
  @SqlUpdate(
      """
      INSERT INTO import_batches (
          id, provider_id, host_id, pack_name, pack_version, provider_name, mode, fingerprints,
          status, started_at, finished_at, lease_owner, lease_expires_at, failure_reason,
          access_status, access_failure_class, access_detail)
      VALUES (
          :id, :providerId, :hostId, :packName, :packVersion, :providerName, :mode, :fingerprints,
          :status, :startedAt, :finishedAt, :leaseOwner, :leaseExpiresAt, :failureReason,
          :accessStatus, :accessFailureClass, :accessDetail)
      """)
  void insert(@BindMethods ImportBatchRow row);

  @SqlUpdate(
      """
      UPDATE import_batches SET
          provider_id = :providerId, host_id = :hostId, pack_name = :packName,
          pack_version = :packVersion, provider_name = :providerName, mode = :mode,
          fingerprints = :fingerprints, status = :status, started_at = :startedAt,
          finished_at = :finishedAt, lease_owner = :leaseOwner,
          lease_expires_at = :leaseExpiresAt, failure_reason = :failureReason,
          access_status = :accessStatus, access_failure_class = :accessFailureClass,
          access_detail = :accessDetail
      WHERE id = :id
      """)
  int update(@BindMethods ImportBatchRow row);

  @SqlQuery(
      """
      SELECT * FROM import_batches WHERE id = :id
      """)
  Optional<ImportBatchRow> find(@Bind("id") String id);

  @SqlQuery(
      """
      SELECT * FROM import_batches WHERE provider_id = :providerId AND status = 'running'
      """)
  Optional<ImportBatchRow> runningOf(@Bind("providerId") String providerId);

  @SqlQuery(
      """
      SELECT * FROM import_batches WHERE provider_id = :providerId
      ORDER BY started_at DESC, id DESC
      """)
  List<ImportBatchRow> listForProvider(@Bind("providerId") String providerId);

  @SqlQuery(
      """
      SELECT * FROM import_batches ORDER BY started_at DESC, id DESC
      """)
  List<ImportBatchRow> list();

  @SqlUpdate(
      """
      DELETE FROM batch_intents WHERE batch_id = :batchId
      """)
  void deleteIntents(@Bind("batchId") String batchId);

  @SqlBatch(
      """
      INSERT INTO batch_intents (
          batch_id, intent_id, kind, target, fingerprint, state, origin, host_object_id, message,
          recorded_at, completed_at)
      VALUES (
          :batchId, :intentId, :kind, :target, :fingerprint, :state, :origin, :hostObjectId,
          :message, :recordedAt, :completedAt)
      """)
  void insertIntents(@BindMethods List<IntentRow> rows);

  @SqlQuery(
      """
      SELECT * FROM batch_intents WHERE batch_id = :batchId ORDER BY intent_id
      """)
  List<IntentRow> intentsOf(@Bind("batchId") String batchId);

  @SqlUpdate(
      """
      DELETE FROM batch_results WHERE batch_id = :batchId
      """)
  void deleteResults(@Bind("batchId") String batchId);

  @SqlBatch(
      """
      INSERT INTO batch_results (
          batch_id, position, fingerprint, kind, account_id, origin, outcome, tested_model,
          failure_class, upstream_status, host_message, elapsed_ms)
      VALUES (
          :batchId, :position, :fingerprint, :kind, :accountId, :origin, :outcome, :testedModel,
          :failureClass, :upstreamStatus, :hostMessage, :elapsedMs)
      """)
  void insertResults(@BindMethods List<KeyResultRow> rows);

  @SqlQuery(
      """
      SELECT * FROM batch_results WHERE batch_id = :batchId ORDER BY position
      """)
  List<KeyResultRow> resultsOf(@Bind("batchId") String batchId);
}
