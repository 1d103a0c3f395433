package dev.relaymanager.adapter.sqlite;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code hosts} table; each method is one statement and so one transaction. */
@RegisterConstructorMapper(HostRow.class)
interface HostDao {
  @SqlUpdate(
      """
      INSERT INTO hosts (
          id, name, base_url, auth_method, admin_email, secret_ref, prefix, created_at, updated_at,
          probe_status, probe_checked_at, probe_version, probe_latency_ms, probe_capabilities,
          probe_reason, probe_host_code, probe_detail)
      VALUES (
          :id, :name, :baseUrl, :authMethod, :adminEmail, :secretRef, :prefix, :createdAt,
          :updatedAt, :probeStatus, :probeCheckedAt, :probeVersion, :probeLatencyMs,
          :probeCapabilities, :probeReason, :probeHostCode, :probeDetail)
      """)
  void insert(@BindMethods HostRow row);

  @SqlUpdate(
      """
      UPDATE hosts SET
          name = :name, base_url = :baseUrl, auth_method = :authMethod, admin_email = :adminEmail,
          secret_ref = :secretRef, prefix = :prefix, created_at = :createdAt,
          updated_at = :updatedAt, probe_status = :probeStatus, probe_checked_at = :probeCheckedAt,
          probe_version = :probeVersion, probe_latency_ms = :probeLatencyMs,
          probe_capabilities = :probeCapabilities, probe_reason = :probeReason,
          probe_host_code = :probeHostCode, probe_detail = :probeDetail
      WHERE id = :id
      """)
  int update(@BindMethods HostRow row);

  @SqlQuery(
      """
      SELECT * FROM hosts WHERE name = :name
      """)
  Optional<HostRow> findByName(@Bind("name") String name);

  @SqlQuery(
      """
      SELECT * FROM hosts WHERE id = :id
      """)
  Optional<HostRow> findById(@Bind("id") String id);

  @SqlQuery(
      """
      SELECT * FROM hosts ORDER BY name
      """)
  List<HostRow> list();

  @SqlUpdate(
      """
      DELETE FROM hosts WHERE id = :id
      """)
  int delete(@Bind("id") String id);
}
