package dev.relaymanager.adapter.sqlite;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/** SQL for {@code probe_users}; the repository checks the host and writes in one transaction. */
@RegisterConstructorMapper(ProbeUserRow.class)
interface ProbeUserDao extends Transactional<ProbeUserDao> {
  @SqlQuery(
      """
      SELECT EXISTS (SELECT 1 FROM hosts WHERE id = :hostId)
      """)
  boolean hostExists(@Bind("hostId") String hostId);

  @SqlUpdate(
      """
      INSERT INTO probe_users (host_id, email, password_ref, updated_at)
      VALUES (:hostId, :email, :passwordRef, :updatedAt)
      ON CONFLICT (host_id) DO UPDATE SET
          email = excluded.email, password_ref = excluded.password_ref,
          updated_at = excluded.updated_at
      """)
  void upsert(@BindMethods ProbeUserRow row);

  @SqlQuery(
      """
      SELECT * FROM probe_users WHERE host_id = :hostId
      """)
  Optional<ProbeUserRow> find(@Bind("hostId") String hostId);

  @SqlUpdate(
      """
      DELETE FROM probe_users WHERE host_id = :hostId
      """)
  void delete(@Bind("hostId") String hostId);
}
