package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.pack.InstalledPackFixtures.anInstalledPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How packs lie in the file: the normalized document as JSON, its digest, origin and time. */
class PackStorageTest {
  @TempDir Path directory;

  @Test
  void a_pack_is_stored_as_its_normalized_document_with_exact_decimals() throws SQLException {
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));
    InstalledPack installed = anInstalledPack("cn-core", "1.0.0");

    new JdbiPackRepository(database).add(installed);

    Map<String, Object> row = RawSql.one(database, "SELECT * FROM packs");
    assertThat(row.get("name")).isEqualTo("cn-core");
    assertThat(row.get("version")).isEqualTo("1.0.0");
    assertThat(row.get("digest")).isEqualTo(installed.digest().hex());
    assertThat(row.get("source")).isEqualTo("/srv/packs/cn-core.yaml");
    assertThat(row.get("installed_at")).isEqualTo("2026-11-21T12:00:00.123456789Z");
    assertThat((String) row.get("document"))
        .startsWith("{\"description\":")
        .contains("\"input\":0.15,")
        .contains("\"monthly_limit_usd\":100.5")
        .contains("\"weekly_limit_usd\":\"unlimited\"")
        .doesNotContain("E-", "E+");
  }

  @Test
  void the_packs_table_is_strict() throws SQLException {
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));

    Map<String, Object> table =
        RawSql.one(database, "SELECT strict FROM pragma_table_list WHERE name = 'packs'");

    assertThat(table.get("strict")).isEqualTo(1);
  }

  @Test
  void a_stored_document_that_no_longer_matches_its_digest_is_refused_when_read()
      throws SQLException {
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));
    JdbiPackRepository packs = new JdbiPackRepository(database);
    packs.add(anInstalledPack("cn-core", "1.0.0"));
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE packs SET document = replace(document, '0.15', '0.16')");
    }

    assertThatThrownBy(() -> packs.find(PackRef.parse("pack", "cn-core@1.0.0")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not match its digest");
  }
}
