package dev.relaymanager.adapter.sqlite;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL for the {@code packs} table; each method is one statement and so one transaction. Versions
 * are ordered in Java by semver precedence, which text order cannot express.
 */
@RegisterConstructorMapper(PackRow.class)
interface PackDao {
  @SqlUpdate(
      """
      INSERT INTO packs (name, version, digest, document, source, installed_at)
      VALUES (:name, :version, :digest, :document, :source, :installedAt)
      """)
  void insert(@BindMethods PackRow row);

  @SqlQuery(
      """
      SELECT * FROM packs WHERE name = :name AND version = :version
      """)
  Optional<PackRow> find(@Bind("name") String name, @Bind("version") String version);

  @SqlQuery(
      """
      SELECT * FROM packs WHERE name = :name
      """)
  List<PackRow> versionsOf(@Bind("name") String name);

  @SqlQuery(
      """
      SELECT * FROM packs
      """)
  List<PackRow> all();
}
