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
 * SQL for {@code providers}, {@code provider_objects} and {@code provider_batches}; the repository
 * runs several of these in one transaction.
 */
@RegisterConstructorMapper(ProviderRow.class)
@RegisterConstructorMapper(ProviderObjectRow.class)
interface ProviderDao extends Transactional<ProviderDao> {
  @SqlUpdate(
      """
      INSERT INTO providers (
          id, host_id, pack_name, pack_version, provider_name, created_at, updated_at)
      VALUES (:id, :hostId, :packName, :packVersion, :providerName, :createdAt, :updatedAt)
      ON CONFLICT (id) DO UPDATE SET
          host_id = excluded.host_id, pack_name = excluded.pack_name,
          pack_version = excluded.pack_version, provider_name = excluded.provider_name,
          created_at = excluded.created_at, updated_at = excluded.updated_at
      """)
  void upsert(@BindMethods ProviderRow row);

  @SqlUpdate(
      """
      DELETE FROM provider_objects WHERE provider_id = :providerId
      """)
  void deleteObjects(@Bind("providerId") String providerId);

  @SqlBatch(
      """
      INSERT INTO provider_objects (provider_id, kind, qualifier, host_object_id)
      VALUES (:providerId, :kind, :qualifier, :hostObjectId)
      """)
  void insertObjects(@BindMethods List<ProviderObjectRow> rows);

  @SqlUpdate(
      """
      DELETE FROM provider_batches WHERE provider_id = :providerId
      """)
  void deleteBatches(@Bind("providerId") String providerId);

  @SqlBatch(
      """
      INSERT INTO provider_batches (provider_id, position, batch_id)
      VALUES (:providerId, :position, :batchId)
      """)
  void insertBatches(@BindMethods List<ProviderBatchRow> rows);

  @SqlQuery(
      """
      SELECT * FROM providers WHERE id = :id
      """)
  Optional<ProviderRow> find(@Bind("id") String id);

  @SqlQuery(
      """
      SELECT * FROM providers
      WHERE host_id = :hostId AND pack_name = :packName AND provider_name = :providerName
      """)
  Optional<ProviderRow> findByIdentity(
      @Bind("hostId") String hostId,
      @Bind("packName") String packName,
      @Bind("providerName") String providerName);

  @SqlQuery(
      """
      SELECT * FROM providers ORDER BY host_id, pack_name, provider_name
      """)
  List<ProviderRow> list();

  @SqlQuery(
      """
      SELECT * FROM providers WHERE host_id = :hostId ORDER BY pack_name, provider_name
      """)
  List<ProviderRow> listOnHost(@Bind("hostId") String hostId);

  @SqlQuery(
      """
      SELECT * FROM provider_objects WHERE provider_id = :providerId
      """)
  List<ProviderObjectRow> objectsOf(@Bind("providerId") String providerId);

  @SqlQuery(
      """
      SELECT batch_id FROM provider_batches WHERE provider_id = :providerId ORDER BY position
      """)
  List<String> batchesOf(@Bind("providerId") String providerId);
}
