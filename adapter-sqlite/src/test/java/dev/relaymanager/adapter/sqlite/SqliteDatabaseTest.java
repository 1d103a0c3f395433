package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.host.HostFixtures.aRegisteredHost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, configuring and migrating the state file. */
class SqliteDatabaseTest {
  @TempDir Path directory;

  @Test
  void every_new_connection_has_foreign_keys_wal_busy_timeout_and_normal_sync()
      throws SQLException {
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));

    Map<String, Object> pragmas =
        RawSql.one(
            database,
            """
                            SELECT (SELECT foreign_keys FROM pragma_foreign_keys) AS foreign_keys,
                                   (SELECT journal_mode FROM pragma_journal_mode) AS journal_mode,
                                   (SELECT timeout FROM pragma_busy_timeout) AS busy_timeout,
                                   (SELECT synchronous FROM pragma_synchronous) AS synchronous
                            """);

    assertThat(pragmas)
        .containsEntry("foreign_keys", 1)
        .containsEntry("journal_mode", "wal")
        .containsEntry("busy_timeout", SqliteDatabase.BUSY_TIMEOUT_MILLIS)
        .containsEntry("synchronous", 1);
  }

  @Test
  void opening_creates_missing_parent_directories() {
    Path file = directory.resolve("a/b/state.db");

    SqliteDatabase database = SqliteDatabase.open(file);

    assertThat(database.file()).isEqualTo(file.toAbsolutePath());
    assertThat(file).isRegularFile();
  }

  @Test
  void reopening_keeps_the_data_and_applies_each_migration_once() throws SQLException {
    Path file = directory.resolve("state.db");
    new JdbiHostRepository(SqliteDatabase.open(file)).add(aRegisteredHost("h-1", "prod"));

    SqliteDatabase reopened = SqliteDatabase.open(file);

    assertThat(new JdbiHostRepository(reopened).findByName(new HostName("prod"))).isPresent();
    assertThat(appliedMigrations(reopened))
        .containsExactly(
            "001|V001__hosts.sql|1",
            "002|V002__packs.sql|1",
            "003|V003__providers_and_batches.sql|1",
            "004|V004__access.sql|1",
            "005|V005__reconcile_reports.sql|1");
  }

  @Test
  void a_directory_is_refused_as_the_state_file() {
    Path file = directory.resolve("state.db");
    createDirectory(file);

    assertThatThrownBy(() -> SqliteDatabase.open(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("db"))
        .hasMessageContaining("is a directory");
  }

  @Test
  void a_file_that_is_not_a_database_is_refused() throws IOException {
    Path file = directory.resolve("notes.txt");
    Files.writeString(
        file, "these are notes, not a database\n".repeat(200), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SqliteDatabase.open(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("db"))
        .hasMessageContaining("not a database");
  }

  @Test
  void a_parent_that_is_a_file_is_refused() throws IOException {
    Path blocker = directory.resolve("blocker");
    Files.writeString(blocker, "x", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SqliteDatabase.open(blocker.resolve("state.db")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("db"))
        .hasMessageContaining("cannot create the directory");
  }

  private static List<String> appliedMigrations(SqliteDatabase database) throws SQLException {
    return RawSql.texts(
        database,
        """
                        SELECT version || '|' || script || '|' || success
                        FROM flyway_schema_history WHERE version IS NOT NULL
                        ORDER BY installed_rank
                        """);
  }

  private static void createDirectory(Path path) {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
